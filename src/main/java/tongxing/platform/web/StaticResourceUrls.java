package tongxing.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the URLs of static resources (WebJars, css, js) the way Spring's resource chain does,
 * but only those. Spring Boot's own {@link ResourceUrlEncodingFilter}, registered because the
 * WebJars locator enables the resource chain, sends every URL a template writes through the
 * chain; with the {@code /**} static location that means a class-path lookup in each of four
 * folders of the packaged jar for every link on the page ({@code /enterprises/123}, the paging
 * links, the menu), which the resolver cache does not remember because nothing is found. On the
 * registry list that was three quarters of the application's CPU per page (JFR, bench 1).
 * Declaring this subclass replaces Boot's filter (it is registered only when none exists).
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceUrls {

    private static final List<String> STATIC_PREFIXES = List.of("/webjars/", "/css/", "/js/", "/img/");

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter(ObjectProvider<ResourceUrlProvider> mvcResourceUrlProvider) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new StaticOnlyFilter(mvcResourceUrlProvider));
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
        return registration;
    }

    static boolean isStatic(String path) {
        for (String prefix : STATIC_PREFIXES) if (path.startsWith(prefix)) return true;
        return false;
    }

    static final class StaticOnlyFilter extends ResourceUrlEncodingFilter {

        private final ObjectProvider<ResourceUrlProvider> provider;
        /** Static resources do not change while the application runs: resolve each URL once. */
        private final Map<String, String> resolved = new ConcurrentHashMap<>();

        StaticOnlyFilter(ObjectProvider<ResourceUrlProvider> provider) {
            this.provider = provider;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse res)) {
                chain.doFilter(request, response);
                return;
            }
            chain.doFilter(request, new HttpServletResponseWrapper(res) {
                @Override
                public String encodeURL(String url) {
                    return super.encodeURL(resolve(req, url));
                }
            });
        }

        private String resolve(HttpServletRequest request, String url) {
            String context = request.getContextPath();
            if (!url.startsWith(context) || !isStatic(url.substring(context.length()))) return url;
            String cached = resolved.get(url);
            if (cached != null) return cached;
            String lookup = url.substring(context.length());
            int query = indexOfQueryOrFragment(lookup);
            String path = query < 0 ? lookup : lookup.substring(0, query);
            String found = provider.getObject().getForLookupPath(path);
            String result = found == null ? url : context + found + (query < 0 ? "" : lookup.substring(query));
            if (resolved.size() < 1_000) resolved.put(url, result);
            return result;
        }

        private static int indexOfQueryOrFragment(String s) {
            int q = s.indexOf('?'), h = s.indexOf('#');
            if (q < 0) return h;
            return h < 0 ? q : Math.min(q, h);
        }
    }
}
