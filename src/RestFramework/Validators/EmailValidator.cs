// Provides EmailValidator: Django's email address check (user part, domain part, address literals, IDN domains).
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace RestFramework.Validators;

/// <summary>Django's <c>EmailValidator</c>: at most 320 characters; the part before the last <c>@</c> a dot-atom or quoted string;
/// the domain <c>localhost</c>, a dotted name (tried again as punycode for an international name) or an IP literal in brackets.</summary>
public sealed partial class EmailValidator(string message, string code = "invalid") : IValidator
{
    private static readonly IdnMapping Idna = new();

    /// <inheritdoc />
    public void Validate(object? value, Field field, Serializer? root)
    {
        if (value is string text && !IsValid(text))
        {
            throw new ValidationError(new ErrorDetail(message, code));
        }
    }

    /// <summary>Whether <paramref name="value"/> is an email address by Django's rules.</summary>
    public static bool IsValid(string value)
    {
        var at = value.LastIndexOf('@');
        if (at < 0 || value.EnumerateRunes().Count() > 320)
        {
            return false;
        }
        var domain = value[(at + 1)..];
        if (!User().IsMatch(value[..at]))
        {
            return false;
        }
        if (domain == "localhost" || IsValidDomain(domain))
        {
            return true;
        }
        try
        {
            return IsValidDomain(Idna.GetAscii(domain));
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsValidDomain(string domain)
    {
        if (Domain().IsMatch(domain))
        {
            return true;
        }
        var literal = Literal().Match(domain);
        return literal.Success && IsIpAddress(literal.Groups[1].Value);
    }

    /// <summary>Django's <c>validate_ipv46_address</c>: a strict dotted quad or an IPv6 address.</summary>
    private static bool IsIpAddress(string text)
    {
        if (IPv4().IsMatch(text))
        {
            return true;
        }
        return text.Contains(':') && IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
    }

    [GeneratedRegex(@"^(?:[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(?:\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*|""(?:[\x01-\x08\x0b\x0c\x0e-\x1f!#-\[\]-\x7f]|\\[\x01-\x09\x0b\x0c\x0e-\x7f])*"")\z", RegexOptions.IgnoreCase)]
    private static partial Regex User();

    [GeneratedRegex(@"^(?:(?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+)(?:[A-Z0-9-]{2,63}(?<!-))\z", RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    [GeneratedRegex(@"^\[([A-f0-9:.]+)\]\z", RegexOptions.IgnoreCase)]
    private static partial Regex Literal();

    [GeneratedRegex(@"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\z")]
    private static partial Regex IPv4();
}
