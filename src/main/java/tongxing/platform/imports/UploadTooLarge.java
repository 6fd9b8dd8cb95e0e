package tongxing.platform.imports;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file over the upload limit is refused before any controller runs; on the import pages the
 * user goes back to the upload form and reads why, instead of an error page.
 */
@ControllerAdvice
class UploadTooLarge {

    private final MessageSource messages;

    UploadTooLarge(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) throws MaxUploadSizeExceededException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.matches("/imports/[a-z][a-z0-9-]*")) throw e;
        RequestContextUtils.getOutputFlashMap(request)
                .put("problem", messages.getMessage("imports.file.tooLarge", null, LocaleContextHolder.getLocale()));
        return "redirect:" + path;
    }
}
