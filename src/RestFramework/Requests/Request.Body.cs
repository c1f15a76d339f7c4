// Provides the buffering of the request body before the handler runs, within the configured size limit.
using System.Buffers;
using Microsoft.AspNetCore.Http;
using RestFramework.Exceptions;

namespace RestFramework.Requests;

public sealed partial class Request
{
    /// <summary>Reads the whole body into memory so that <see cref="Data"/> can parse it on first use; 413 beyond <paramref name="limit"/>.</summary>
    /// <remarks>What the server refuses while the body is read (<see cref="BadHttpRequestException"/>, an <see cref="IOException"/>) is a client error, <see cref="BadRequestBody"/>.</remarks>
    internal async ValueTask ReadBodyAsync(long limit)
    {
        await BadRequestBody.ReadAsync(HttpContext, (Request: this, Limit: limit), static s => s.Request.BufferBodyAsync(s.Limit));
    }

    private async ValueTask BufferBodyAsync(long limit)
    {
        var http = HttpContext.Request;
        var length = http.ContentLength;
        if (length == 0 || (length is null && !IsChunked(http)))
        {
            SetBody(ReadOnlyMemory<byte>.Empty);
            return;
        }
        if (length > limit)
        {
            throw TooLarge(limit);
        }
        var ct = HttpContext.RequestAborted;
        if (length is { } known)
        {
            var buffer = new byte[known];
            await http.Body.ReadExactlyAsync(buffer, ct);
            SetBody(buffer);
            return;
        }
        using var stream = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await http.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (stream.Length + read > limit)
                {
                    throw TooLarge(limit);
                }
                stream.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        SetBody(stream.ToArray());
    }

    private static bool IsChunked(HttpRequest request)
    {
        foreach (var value in request.Headers.TransferEncoding)
        {
            if (value?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
            {
                return true;
            }
        }
        return false;
    }

    private static RequestEntityTooLarge TooLarge(long limit) =>
        new($"Request body exceeded the limit of {limit} bytes (RestFramework:MaxRequestBodySize).");
}
