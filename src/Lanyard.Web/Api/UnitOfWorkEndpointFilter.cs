using Lanyard.Data;

namespace Lanyard.Web.Api;

/// <summary>
/// The API's counterpart of the pages' <see cref="UnitOfWorkFilter"/>: the endpoint runs, and if it
/// finished without an exception the request's <see cref="UnitOfWork"/> commits before the response
/// is written. On an exception nothing the request wrote is kept.
/// </summary>
internal sealed class UnitOfWorkEndpointFilter(UnitOfWork work) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
        await work.CommitAsync(context.HttpContext.RequestAborted);
        return result;
    }
}
