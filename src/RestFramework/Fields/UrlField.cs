// Provides UrlField: http(s) and ftp(s) URLs checked by Django's URL rules.
using System.Text.RegularExpressions;
using RestFramework.Validators;

namespace RestFramework.Fields;

/// <summary>DRF's <c>URLField</c>: a <see cref="CharField"/> that must hold an http, https, ftp or ftps URL.</summary>
public sealed partial class UrlField : CharField
{
    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key == "invalid" ? "Enter a valid URL." : base.GetDefaultMessage(key);

    /// <inheritdoc />
    protected override IEnumerable<IValidator> GetBuiltInValidators() =>
        base.GetBuiltInValidators().Append(new RegexValidator(Pattern(), GetMessage("invalid")));

    [GeneratedRegex(@"^(?:https?|ftps?)://(?:[^\s:@/]+(?::[^\s:@/]*)?@)?(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}|\[[0-9a-f:.]+\]|(?:[a-z\u00a1-\uffff0-9](?:[a-z\u00a1-\uffff0-9-]{0,61}[a-z\u00a1-\uffff0-9])?)(?:\.(?!-)[a-z\u00a1-\uffff0-9-]{1,63}(?<!-))*\.(?!-)(?:[a-z\u00a1-\uffff-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\.?|localhost)(?::\d{1,5})?(?:[/?#][^\s]*)?\z", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
