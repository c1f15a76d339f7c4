// Provides the compile-time twin of the runtime's FieldPath: resolves 'topic__slug' against an entity type's properties.
using Microsoft.CodeAnalysis;

namespace RestFramework.Analyzers.Filters;

/// <summary>Resolves a Django-style field path as the runtime does: snake_case or C# names, <c>pk</c>, collections crossed.</summary>
internal static class FieldPathResolver
{
    /// <summary>Resolves <paramref name="path"/> on <paramref name="root"/>; <see cref="FieldPathResult.Unknown"/> when a type cannot be read.</summary>
    public static FieldPathResult Resolve(ITypeSymbol root, string path, INamedTypeSymbol? keyAttribute)
    {
        var type = root;
        ITypeSymbol? leaf = null;
        var crosses = false;
        var segments = path.Split(new[] { "__" }, System.StringSplitOptions.None);
        for (var i = 0; i < segments.Length; i++)
        {
            if (type is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error)
            {
                return FieldPathResult.Unknown;
            }
            var member = segments[i] == "pk" ? PrimaryKey(named, keyAttribute) : FindProperty(named, segments[i]);
            if (member is null)
            {
                return FieldPathResult.Missing;
            }
            leaf = member.Type;
            var element = ElementType(member.Type);
            if (element is not null && i < segments.Length - 1)
            {
                crosses = true;
            }
            type = element ?? member.Type;
        }
        return new FieldPathResult(FieldPathOutcome.Found, leaf, crosses);
    }

    private static IPropertySymbol? FindProperty(INamedTypeSymbol type, string name)
    {
        var properties = PublicProperties(type);
        var compact = name.Replace("_", string.Empty);
        return properties.FirstOrDefault(p => p.Name == name)
            ?? properties.FirstOrDefault(p => string.Equals(p.Name, name, System.StringComparison.OrdinalIgnoreCase))
            ?? properties.FirstOrDefault(p => string.Equals(p.Name, compact, System.StringComparison.OrdinalIgnoreCase));
    }

    private static IPropertySymbol? PrimaryKey(INamedTypeSymbol type, INamedTypeSymbol? keyAttribute)
    {
        var properties = PublicProperties(type);
        return properties.FirstOrDefault(p => p.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, keyAttribute)))
            ?? properties.FirstOrDefault(p => p.Name == "Id")
            ?? properties.FirstOrDefault(p => p.Name == type.Name + "Id");
    }

    // Type.GetProperties(Public | Instance): the type's and its bases' (an interface's own only).
    private static List<IPropertySymbol> PublicProperties(INamedTypeSymbol type)
    {
        var found = new List<IPropertySymbol>();
        for (var current = type; current is not null; current = type.TypeKind == TypeKind.Interface ? null : current.BaseType)
        {
            found.AddRange(current.GetMembers().OfType<IPropertySymbol>()
                .Where(p => !p.IsStatic && !p.IsIndexer && p.DeclaredAccessibility == Accessibility.Public));
        }
        return found;
    }

    private static ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return null;
        }
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType.SpecialType == SpecialType.System_Byte ? null : array.ElementType;
        }
        if (type is INamedTypeSymbol { IsGenericType: true } named && named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        {
            return named.TypeArguments[0];
        }
        return type.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?.TypeArguments[0];
    }
}
