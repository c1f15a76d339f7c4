// Provides the security schemes of the OpenAPI document, one per authentication class in use.
using Microsoft.OpenApi;
using RestFramework.Authentication;
using RestFramework.Views;

namespace RestFramework.Schemas;

public sealed partial class SchemaGenerator
{
    private static readonly (Type Type, string Name, Func<OpenApiSecurityScheme> Scheme)[] KnownSchemes =
    [
        (typeof(TokenAuthentication), "tokenAuth", () => new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "Authorization",
            Description = "Token-based authentication with required prefix \"Token\"",
        }),
        (typeof(BasicAuthentication), "basicAuth", () => new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "basic" }),
        (typeof(SessionAuthentication), "cookieAuth", () => new OpenApiSecurityScheme { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = "sessionid" }),
        (typeof(JwtAuthentication), "jwtAuth", () => new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT" }),
    ];

    private void AddSecurity(OpenApiDocument document, OpenApiOperation operation, IServiceProvider provider, ApiView view)
    {
        var types = view.AuthenticationTypes ?? (IEnumerable<Type>)options.Value.DefaultAuthentication;
        foreach (var type in types)
        {
            foreach (var (known, name, scheme) in KnownSchemes)
            {
                if (!known.IsAssignableFrom(type))
                {
                    continue;
                }
                document.Components!.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes.TryAdd(name, scheme());
                (operation.Security ??= []).Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(name, document)] = [] });
                break;
            }
        }
    }
}
