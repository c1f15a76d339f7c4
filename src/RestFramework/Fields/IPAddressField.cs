// Provides IPAddressField: IPv4 and IPv6 addresses, IPv6 normalised.
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RestFramework.Serializers;

namespace RestFramework.Fields;

/// <summary>DRF's <c>IPAddressField</c>: a <see cref="CharField"/> holding an address of <see cref="Protocol"/> (<c>both</c>, <c>IPv4</c>, <c>IPv6</c>).</summary>
public sealed partial class IPAddressField : CharField
{
    /// <summary>The accepted protocol. Defaults to <c>both</c>.</summary>
    public string Protocol { get; set; } = "both";

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "invalid" => Protocol.ToLowerInvariant() switch
        {
            "ipv4" => "Enter a valid IPv4 address.",
            "ipv6" => "Enter a valid IPv6 address.",
            _ => "Enter a valid IPv4 or IPv6 address.",
        },
        _ => base.GetDefaultMessage(key),
    };

    /// <inheritdoc />
    protected override object? ToInternalValue(JsonNode data, Serializer? root)
    {
        if (!JsonInput.TryGetString(data, out var text))
        {
            throw Fail("invalid");
        }
        var value = (string)base.ToInternalValue(data, root)!;
        var protocol = Protocol.ToLowerInvariant();
        if (value.Contains(':', StringComparison.Ordinal))
        {
            if (protocol != "ipv4" && IPAddress.TryParse(value, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6 && !value.Contains('%', StringComparison.Ordinal))
            {
                return v6.ToString();
            }
            throw Fail("invalid");
        }
        if (protocol != "ipv6" && V4().IsMatch(value))
        {
            return value;
        }
        throw Fail("invalid");
    }

    [GeneratedRegex(@"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$")]
    private static partial Regex V4();
}
