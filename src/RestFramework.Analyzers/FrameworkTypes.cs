// Provides the framework's types as symbols of the compilation, found once per compilation.
using Microsoft.CodeAnalysis;

namespace RestFramework.Analyzers;

/// <summary>RestFramework's types in one compilation; null members mean the compilation does not reference RestFramework.</summary>
internal sealed class FrameworkTypes
{
    private FrameworkTypes(Compilation compilation)
    {
        Compilation = compilation;
        ApiView = compilation.GetTypeByMetadataName("RestFramework.Views.ApiView");
        ViewSet = compilation.GetTypeByMetadataName("RestFramework.ViewSets.ViewSet");
        ActionAttribute = compilation.GetTypeByMetadataName("RestFramework.ViewSets.ActionAttribute");
        ActionMappingAttribute = compilation.GetTypeByMetadataName("RestFramework.ViewSets.ActionMappingAttribute");
        Request = compilation.GetTypeByMetadataName("RestFramework.Requests.Request");
        Response = compilation.GetTypeByMetadataName("RestFramework.Responses.Response");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        GenericApiView = compilation.GetTypeByMetadataName("RestFramework.Generics.GenericApiView`1");
        Serializer = compilation.GetTypeByMetadataName("RestFramework.Serializers.Serializer");
        ModelSerializer = compilation.GetTypeByMetadataName("RestFramework.Serializers.ModelSerializer`1");
        HyperlinkedModelSerializer = compilation.GetTypeByMetadataName("RestFramework.Serializers.HyperlinkedModelSerializer`1");
        ModelMeta = compilation.GetTypeByMetadataName("RestFramework.Serializers.ModelMeta");
        FilterFields = compilation.GetTypeByMetadataName("RestFramework.Filters.FilterFields");
        KeyAttribute = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.KeyAttribute");
    }

    public Compilation Compilation { get; }

    public INamedTypeSymbol? ApiView { get; }

    public INamedTypeSymbol? ViewSet { get; }

    public INamedTypeSymbol? ActionAttribute { get; }

    public INamedTypeSymbol? ActionMappingAttribute { get; }

    public INamedTypeSymbol? Request { get; }

    public INamedTypeSymbol? Response { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? GenericApiView { get; }

    public INamedTypeSymbol? Serializer { get; }

    public INamedTypeSymbol? ModelSerializer { get; }

    public INamedTypeSymbol? HyperlinkedModelSerializer { get; }

    public INamedTypeSymbol? ModelMeta { get; }

    public INamedTypeSymbol? FilterFields { get; }

    public INamedTypeSymbol? KeyAttribute { get; }

    /// <summary>The types of <paramref name="compilation"/>, or null when it does not reference RestFramework.</summary>
    public static FrameworkTypes? For(Compilation compilation)
    {
        var types = new FrameworkTypes(compilation);
        return types.ApiView is null ? null : types;
    }

    /// <summary>Whether <paramref name="type"/> is or derives from <paramref name="baseType"/> (compared by definition).</summary>
    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType) => FindBase(type, baseType) is not null;

    /// <summary>The base of <paramref name="type"/> (itself included) whose definition is <paramref name="definition"/>, or null.</summary>
    public static INamedTypeSymbol? FindBase(ITypeSymbol? type, INamedTypeSymbol? definition)
    {
        if (definition is null)
        {
            return null;
        }
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, definition))
            {
                return current;
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="type"/> implements <paramref name="contract"/> (or is it).</summary>
    public static bool Implements(ITypeSymbol type, INamedTypeSymbol? contract) =>
        contract is not null && (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, contract)
            || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, contract)));

    /// <summary>The entity type of a generic view (the <c>T</c> of <c>GenericApiView&lt;T&gt;</c>), or null when unknown.</summary>
    public INamedTypeSymbol? EntityOfView(ITypeSymbol type) =>
        FindBase(type, GenericApiView)?.TypeArguments[0] as INamedTypeSymbol;
}
