using Lanyard.Data;

namespace Lanyard.Web.Api;

/// <summary>
/// The one place an API request's work is committed, as <see cref="UnitOfWorkFilter"/> is for pages.
/// The endpoint runs; if it returned without an exception, the request's <see cref="UnitOfWork"/>
/// commits before its result is written, so a caller is never told "done" about something that was
/// not. On an exception the unit of work is disposed uncommitted and every write of the request is
/// rolled back. Endpoints never commit themselves. Added once, to the <c>/api</c> group.
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
