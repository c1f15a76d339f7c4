// Provides the operations of the OpenAPI document: ids, tags, parameters, request bodies and responses, as DRF's AutoSchema.
using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using RestFramework.BrowsableApi;
using RestFramework.Filters;
using RestFramework.Generics;
using RestFramework.Pagination;
using RestFramework.Serializers;
using RestFramework.ViewSets;
using RestFramework.Views;

namespace RestFramework.Schemas;

public sealed partial class SchemaGenerator
{
    private OpenApiOperation BuildOperation(
        OpenApiDocument document, FieldSchemas schemas, IServiceProvider provider, ApiView view, ViewSetRoute route, RouteEndpoint endpoint, string method, string action, string? version)
    {
        // As DRF's AutoSchema, the serializer is the one of this action (GetSerializerType may choose by Action).
        (view as ViewSet)?.BindAction(action);
        var serializer = SerializerOf(provider, view);
        var isList = !route.Detail && method == "GET" && action == ActionNames.List;
        var name = serializer is null ? Naming(route.Basename) : FieldSchemas.ComponentName(serializer.GetType());
        var operation = new OpenApiOperation
        {
            OperationId = OperationId(action, name, isList),
            Description = route.Description ?? string.Empty,
            Parameters = [],
            Tags = new HashSet<OpenApiTagReference> { new(route.Basename, document) },
            Responses = new OpenApiResponses(),
        };
        (document.Tags ??= new HashSet<OpenApiTag>()).Add(new OpenApiTag { Name = route.Basename });
        AddPathParameters(operation, endpoint, version);
        var paginator = isList ? PaginatorOf(provider, view) : null;
        if (isList)
        {
            AddQueryParameters(operation, paginator?.GetSchemaParameters() ?? []);
            foreach (var backend in FilterBackendsOf(provider, view))
            {
                AddQueryParameters(operation, FilterParameters(backend, view));
            }
        }
        var item = serializer is null ? new OpenApiSchema() : schemas.Reference(serializer);
        if (method is "POST" or "PUT" or "PATCH" && serializer is not null)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Content = Policies<Parsers.IParser>(provider, view.ParserTypes, options.Value.DefaultParsers).ToDictionary(p => p.MediaType, IOpenApiMediaType (_) => new OpenApiMediaType { Schema = item }),
            };
        }
        if (method == "DELETE")
        {
            operation.Responses["204"] = new OpenApiResponse { Description = string.Empty };
        }
        else
        {
            IOpenApiSchema body = isList ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = item } : item;
            if (paginator is not null)
            {
                body = Envelope(paginator, body);
            }
            operation.Responses[method == "POST" ? "201" : "200"] = new OpenApiResponse
            {
                Description = string.Empty,
                Content = Policies<Renderers.IRenderer>(provider, view.RendererTypes, options.Value.DefaultRenderers).Where(r => r is not BrowsableApiRenderer).ToDictionary(r => r.MediaType, IOpenApiMediaType (_) => new OpenApiMediaType { Schema = body }),
            };
        }
        AddSecurity(document, operation, provider, view);
        return operation;
    }

    private static void AddQueryParameters(OpenApiOperation operation, IReadOnlyList<QueryParameterInfo> parameters)
    {
        foreach (var info in parameters)
        {
            if (operation.Parameters!.Any(p => p.Name == info.Name))
            {
                continue;
            }
            operation.Parameters!.Add(new OpenApiParameter
            {
                Name = info.Name,
                In = ParameterLocation.Query,
                Required = false,
                Description = info.Description,
                Schema = new OpenApiSchema { Type = info.SchemaType == "integer" ? JsonSchemaType.Integer : JsonSchemaType.String },
            });
        }
    }

    /// <summary>DRF's <c>get_paginated_response_schema</c>: count (page number and limit/offset), next, previous, results.</summary>
    private static OpenApiSchema Envelope(IPaginator paginator, IOpenApiSchema results)
    {
        var properties = new Dictionary<string, IOpenApiSchema>();
        if (paginator is not CursorPagination)
        {
            properties["count"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Examples = [123] };
        }
        properties["next"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "uri", Examples = ["http://api.example.org/accounts/?page=4"] };
        properties["previous"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "uri", Examples = ["http://api.example.org/accounts/?page=2"] };
        properties["results"] = results;
        return new OpenApiSchema { Type = JsonSchemaType.Object, Properties = properties };
    }

    /// <summary>DRF's <c>get_operation_id</c>: the action in camelCase and the component name, plural for lists.</summary>
    private static string OperationId(string action, string name, bool isList)
    {
        var verb = action switch
        {
            ActionNames.PartialUpdate => "partialUpdate",
            _ => Naming(action, upperFirst: false),
        };
        if (isList && !name.EndsWith('s'))
        {
            name += "s";
        }
        return verb + name;
    }

    private static string Naming(string text, bool upperFirst = true)
    {
        var parts = text.Split(['_', '-', ' '], StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Concat(parts.Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        return joined.Length == 0 ? joined : upperFirst ? joined : char.ToLowerInvariant(joined[0]) + joined[1..];
    }

    private static Serializer? SerializerOf(IServiceProvider provider, ApiView view)
    {
        if (GenericEntity(view.GetType()) is not { } entity)
        {
            return null;
        }
        var type = (Type?)view.GetType().GetMethod(nameof(GenericApiView<object>.GetSerializerType), Type.EmptyTypes)!.Invoke(view, null);
        if (type is null || Activator.CreateInstance(type) is not Serializer serializer)
        {
            return null;
        }
        serializer.Context = new SerializerContext { DbContext = EntityContexts.Resolve(provider, entity, Property<Type>(view, "DbContextType")) };
        return serializer;
    }

    private IPaginator? PaginatorOf(IServiceProvider provider, ApiView view)
    {
        if (GenericEntity(view.GetType()) is null || Property<bool>(view, "NoPagination"))
        {
            return null;
        }
        var type = Property<Type>(view, "PaginatorType") ?? options.Value.DefaultPagination;
        return type is null ? null : (IPaginator)Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance(provider, type);
    }

    private IEnumerable<IFilterBackend> FilterBackendsOf(IServiceProvider provider, ApiView view)
    {
        if (GenericEntity(view.GetType()) is null)
        {
            return [];
        }
        var types = Property<IReadOnlyList<Type>>(view, "FilterBackendTypes") ?? (IEnumerable<Type>)options.Value.DefaultFilterBackends;
        return types.Select(t => (IFilterBackend)Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance(provider, t)).ToList();
    }

    private static IReadOnlyList<QueryParameterInfo> FilterParameters(IFilterBackend backend, ApiView view)
    {
        if (backend is DjangoFilterBackend && GenericEntity(view.GetType()) is { } entity)
        {
            var method = typeof(DjangoFilterBackend).GetMethod(nameof(DjangoFilterBackend.GetSchemaParameters), BindingFlags.Public | BindingFlags.Static)!.MakeGenericMethod(entity);
            return (IReadOnlyList<QueryParameterInfo>)method.Invoke(null, [view])!;
        }
        return backend.GetSchemaParameters(view);
    }

    private static List<T> Policies<T>(IServiceProvider provider, IReadOnlyList<Type>? declared, IList<Type> defaults) =>
        (declared ?? (IEnumerable<Type>)defaults).Select(t => (T)Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance(provider, t)).ToList();

    private static Type? GenericEntity(Type viewType)
    {
        for (var type = viewType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(GenericApiView<>))
            {
                return type.GetGenericArguments()[0];
            }
        }
        return null;
    }

    /// <summary>The route's parameters as required string path parameters, except the format suffix and, in a version document, the version.</summary>
    private void AddPathParameters(OpenApiOperation operation, RouteEndpoint endpoint, string? version)
    {
        foreach (var parameter in endpoint.RoutePattern.Parameters)
        {
            // A version document has the version written into its paths (see PathOf), so it is no parameter there.
            if (parameter.Name == options.Value.FormatSuffixKwarg || (version is not null && parameter.Name == options.Value.VersionParam))
            {
                continue;
            }
            (operation.Parameters ??= []).Add(new OpenApiParameter
            {
                Name = parameter.Name,
                In = ParameterLocation.Path,
                Required = true,
                Description = string.Empty,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
    }
}
