// Provides the description of views mapped with MapView: one operation per handler the view implements.
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using RestFramework.Views;

namespace RestFramework.Schemas;

public sealed partial class SchemaGenerator
{
    // A plain view declares no serializer the generator can read without a request: its operations name the method, the path
    // parameters and the success status, so every route and method is in the document.
    private OpenApiPathItem PlainPathItem(OpenApiDocument document, Type viewType, RouteEndpoint endpoint, string? version)
    {
        var name = ViewNames.FromTypeName(viewType.Name);
        var tag = name.ToLowerInvariant().Replace(' ', '-');
        (document.Tags ??= new HashSet<OpenApiTag>()).Add(new OpenApiTag { Name = tag });
        var item = new OpenApiPathItem { Operations = new Dictionary<HttpMethod, OpenApiOperation>() };
        foreach (var method in ViewDescriptor.For(viewType).AllowedMethods.Where(m => m is not "HEAD" and not "OPTIONS"))
        {
            var operation = new OpenApiOperation
            {
                OperationId = method.ToLowerInvariant() + name.Replace(" ", string.Empty, StringComparison.Ordinal),
                Description = string.Empty,
                Parameters = [],
                Tags = new HashSet<OpenApiTagReference> { new(tag, document) },
                Responses = new OpenApiResponses
                {
                    [method == "POST" ? "201" : method == "DELETE" ? "204" : "200"] = new OpenApiResponse { Description = string.Empty },
                },
            };
            AddPathParameters(operation, endpoint, version);
            item.Operations[new HttpMethod(method)] = operation;
        }
        return item;
    }
}
