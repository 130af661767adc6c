package id.suara.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI suaraOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Suara API")
                        .version("v1")
                        .description("""
                                Receiving and handling the public's aspirations and complaints along each institution's \
                                SOP. Public endpoints need no login; staff endpoints use HTTP Basic. Errors are RFC 9457 \
                                problem details; the fields at fault are listed in `errors`.""")
                        .license(new License().name("AGPL-3.0-or-later")))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")));
    }
}
