// Provides the error of a request body that the server refused while it was read: bad framing, too large, too slow.
using Microsoft.AspNetCore.Http;
using RestFramework.Exceptions;

namespace RestFramework.Requests;

/// <summary>
/// A <see cref="BadHttpRequestException"/> raised while the body was read (a malformed chunk, a body over Kestrel's limit,
/// data arriving too slowly), or another <see cref="IOException"/> of the body stream (a chunk size beyond 32 bits), answered
/// with its status (400, 413, 408...) and its message as <c>{"detail": ...}</c> by the exception handler: never the 500 page.
/// </summary>
internal sealed class BadRequestBody(string message, int status) : ApiException(message)
{
    /// <inheritdoc />
    public override int DefaultStatusCode => status;

    /// <inheritdoc />
    public override string DefaultDetail => "Malformed request.";

    /// <inheritdoc />
    public override string DefaultCode => "bad_request";

    /// <summary>The error for what the body stream raised: the status of a <see cref="BadHttpRequestException"/>, else 400.</summary>
    public static BadRequestBody From(IOException error) =>
        new(error.Message, error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest);

    /// <summary>Runs a read of the request body, turning what the server refuses into <see cref="BadRequestBody"/>; when the
    /// client is gone, the read is cancelled instead (nobody would receive the answer).</summary>
    public static async ValueTask ReadAsync<TState>(HttpContext context, TState state, Func<TState, ValueTask> read)
    {
        try
        {
            await read(state);
        }
        catch (IOException ex) when (context.RequestAborted.IsCancellationRequested)
        {
            throw new OperationCanceledException("The client closed the connection while the body was read.", ex, context.RequestAborted);
        }
        catch (IOException ex)
        {
            throw From(ex);
        }
    }
}
