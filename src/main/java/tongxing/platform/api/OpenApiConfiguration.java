package tongxing.platform.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the system API ({@code /v3/api-docs}, browsable at
 * {@code /swagger-ui.html}): every operation needs an API key in the {@code X-Api-Key} header.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String API_KEY_SCHEME = "ApiKey";

    @Bean
    OpenAPI tongxingOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("同行 Tongxing 系统接口 / System API")
                        .version("v1")
                        .description("""
                                海南省“和谐同行”劳动关系平台的数据交换接口，供市场监管、社保等外部系统调用。\
                                每个请求须在请求头 X-Api-Key 中携带接口密钥；密钥限定辖区与权限。\
                                出错时按 RFC 9457 返回 application/problem+json，校验错误逐项列出字段与原因。

                                Data-exchange API of the Hainan "Harmonious Together" labor-relations platform, for \
                                external systems (market regulation, social insurance). Every request carries an API \
                                key in the X-Api-Key header; a key is limited to a region and a set of permissions. \
                                Errors are RFC 9457 application/problem+json, validation errors list each field and reason."""))
                .components(new Components().addSecuritySchemes(API_KEY_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("X-Api-Key")
                        .description("接口密钥，由省三方办管理员签发 / API key issued by the provincial administrator")))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY_SCHEME));
    }
}
