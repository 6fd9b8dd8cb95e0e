package tongxing.platform.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tongxing.platform.security.CurrentUser;

import java.util.List;

/** Puts the current user and their menu into every page's model. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final Menu menu;

    LayoutModel(Menu menu) {
        this.menu = menu;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.find().orElse(null);
    }

    /** The path of this request, for highlighting the menu entry (Thymeleaf 3.1 no longer exposes #request). */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("menu")
    List<MenuItem> menu() {
        return CurrentUser.find().map(u -> menu.forRole(u.role())).orElse(List.of());
    }
}
