using Microsoft.AspNetCore.Http;
using RestFramework.Negotiation;
using RestFramework.Requests;
using RestFramework.Settings;
using RestFramework.Versioning;

namespace RestFramework.Tests.Versioning;

public sealed class BaseVersioningTests
{
    // DRF's is_allowed_version: any version without allowed versions; else the default or an allowed one.
    [Theory]
    [InlineData(null, null, "v9", true)]
    [InlineData(null, null, null, true)]
    [InlineData("v1,v2", null, "v2", true)]
    [InlineData("v1,v2", null, "v9", false)]
    [InlineData("v1,v2", null, null, false)]
    [InlineData("v1,v2", "v0", "v0", true)]
    [InlineData("v1,v2", "v0", null, false)]
    [InlineData("", null, "v9", true)]
    public void Allowed_versions_follow_drf(string? allowed, string? defaultVersion, string? version, bool expected)
    {
        var options = new RestFrameworkOptions { AllowedVersions = allowed?.Split(',', StringSplitOptions.RemoveEmptyEntries), DefaultVersion = defaultVersion };
        var request = new Request(new DefaultHttpContext(), options, [], [], new DefaultContentNegotiation());

        Assert.Equal(expected, new QueryParameterVersioning().IsAllowedVersion(request, version));
    }

    [Fact]
    public void Scheme_properties_override_the_settings()
    {
        var options = new RestFrameworkOptions { AllowedVersions = ["v1"] };
        var request = new Request(new DefaultHttpContext(), options, [], [], new DefaultContentNegotiation());

        var scheme = new QueryParameterVersioning { AllowedVersions = ["v2"] };

        Assert.True(scheme.IsAllowedVersion(request, "v2"));
        Assert.False(scheme.IsAllowedVersion(request, "v1"));
    }
}
