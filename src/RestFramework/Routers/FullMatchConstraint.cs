// Provides a route constraint that, as Django's URL regexes, must match a whole route value, case-sensitively.
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace RestFramework.Routers;

/// <summary>Matches a route value against a regular expression anchored at both ends (<c>LookupValueRegex</c>, format suffixes).</summary>
internal sealed class FullMatchConstraint(string pattern) : IRouteConstraint
{
    private readonly Regex _regex = new($"^(?:{pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is not null &&
        _regex.IsMatch(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
}
