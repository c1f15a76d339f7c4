// Provides requests built outside the pipeline for serializer tests (JSON or form bodies).
using System.Text;
using Microsoft.AspNetCore.Http;
using RestFramework.Negotiation;
using RestFramework.Parsers;
using RestFramework.Requests;
using RestFramework.Settings;

namespace RestFramework.Tests.Serializers;

internal static class TestRequests
{
    public static Request Create(RestFrameworkOptions? options = null, string? form = null)
    {
        var http = new DefaultHttpContext();
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("testserver");
        http.Request.Method = "POST";
        var request = new Request(http, options ?? new RestFrameworkOptions(), [new JsonParser(), new FormParser()], [], new DefaultContentNegotiation());
        if (form is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(form);
            http.Request.ContentType = "application/x-www-form-urlencoded";
            http.Request.ContentLength = bytes.Length;
            http.Request.Body = new MemoryStream(bytes);
            request.ReadBodyAsync(long.MaxValue).AsTask().GetAwaiter().GetResult();
        }
        return request;
    }
}
