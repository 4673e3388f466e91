namespace Lanyard.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c>: every endpoint needs a signed-in member of staff (the fallback
/// policy; an API caller gets 401 or 403, never the sign-in page) and runs in one unit of work.
/// </summary>
internal static class ApiSetup
{
    /// <summary>Maps the <c>/api</c> route group and every feature's endpoints onto it.</summary>
    public static RouteGroupBuilder MapLanyardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<UnitOfWorkEndpointFilter>();
        api.MapConnectionEndpoints();
        return api;
    }
}
