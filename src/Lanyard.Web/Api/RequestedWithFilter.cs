namespace Lanyard.Web.Api;

/// <summary>
/// Refuses an API request that changes or computes something (any method but GET, HEAD, OPTIONS)
/// unless it carries <c>X-Requested-With: lanyard</c>. The API is signed in by the same cookie as
/// the pages, so without this a page on another site could make a signed-in browser post to it.
/// A form or an image on another site cannot add a header; a script there can only with a CORS
/// preflight, which this app never answers. The cookie is SameSite=Strict and the API reads only
/// JSON as well; the header does not depend on either. Anti-forgery tokens were the alternative,
/// but a script or integration calling the API has no page to read a token from.
/// </summary>
internal sealed class RequestedWithFilter : IEndpointFilter
{
    /// <summary>The header.</summary>
    public const string Header = "X-Requested-With";

    /// <summary>Its value.</summary>
    public const string Value = "lanyard";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (IsSafe(request.Method) || string.Equals(request.Headers[Header], Value, StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: $"The {Header} header is missing",
            detail: $"Send the header {Header}: {Value} with every API request that is not a GET. It shows the request was not made by another site through a signed-in browser."));
    }

    /// <summary>True for the methods that only read.</summary>
    public static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
}
