// Ports the WSGI reading of request headers: Django sees header bytes as ISO-8859-1, so Kestrel must not refuse non-ASCII bytes.
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RestFramework.Tests.DependencyInjection;

public sealed class RestFrameworkServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("Authorization")]
    [InlineData("X-Custom")]
    public void Kestrel_reads_request_headers_as_iso_8859_1(string header)
    {
        using var provider = new ServiceCollection().AddRestFramework().BuildServiceProvider();

        var kestrel = provider.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.Same(Encoding.Latin1, kestrel.RequestHeaderEncodingSelector(header));
    }
}
