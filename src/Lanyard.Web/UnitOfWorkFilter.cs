using Lanyard.Data;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Lanyard.Web;

/// <summary>
/// The one place a page request's work is committed. The handler runs; if it finished without an
/// exception the request's <see cref="UnitOfWork"/> commits before the result (a redirect, a page)
/// is written, so a user is never told "saved" about something that was not. On an exception the
/// unit of work is disposed uncommitted and everything the request wrote is rolled back.
/// </summary>
internal sealed class UnitOfWorkFilter(UnitOfWork work) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            await work.CommitAsync(context.HttpContext.RequestAborted);
        }
    }
}
