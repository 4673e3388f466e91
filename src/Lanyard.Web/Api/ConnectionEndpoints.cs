using System.Security.Claims;
using Lanyard.Core.Connections;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies.Loading;
using Lanyard.Web.Pages.Connections;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lanyard.Web.Api;

/// <summary>
/// The connection check as JSON, for a school's own tools: the same use case as /connections, about
/// the signed-in member of staff, recorded the same way.
/// <code>
/// POST /api/connections   ask "may I …?" → verdict, reasons with clause ids, notes, pack version, hold request
/// </code>
/// Signed-in staff only (the fallback policy; an API call gets 401, not the sign-in page). A POST
/// must carry <c>X-Requested-With: lanyard</c>, which the <c>/api</c> group's
/// <see cref="RequestedWithFilter"/> checks for every endpoint.
/// </summary>
internal static class ConnectionEndpoints
{
    /// <summary>Maps the connection endpoints onto the <c>/api</c> group.</summary>
    public static RouteGroupBuilder MapConnectionEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var connections = api.MapGroup("/connections").WithTags("Connections");
        connections.MapPost("/", AskAsync)
            .WithName("CheckConnection")
            .WithSummary("May I follow, accept a request from, send a request to, message or engage with this person?")
            .WithDescription(
                "Asks about the signed-in member of staff and one other person: chosen from the school's register (otherPersonId) " +
                "or described (outsider). The school's pack decides; the answer is recorded, and a hold opens a request for the " +
                "role that decides. action: follow, accept-request, send-request, message or engage. Requires the header " +
                "X-Requested-With: lanyard.");
        return api;
    }

    /// <summary>POST /api/connections.</summary>
    internal static async Task<Results<Ok<ConnectionAnswer>, ValidationProblem, NotFound>> AskAsync(
        ConnectionQuestion question,
        ClaimsPrincipal user,
        IOrganisationRegister organisations,
        IPeopleRegister people,
        IConnectionLog log,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (await SchoolScope.FindAsync(user, question.SchoolId, organisations, cancellationToken) is not { } scope)
        {
            return TypedResults.NotFound();
        }

        var action = ConnectionText.ParseAction(question.Action);
        if (action is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["action"] = ["Ask about one action: follow, accept-request, send-request, message or engage."],
            });
        }

        var outsider = question.Outsider is { } described ? new DecideConnection.Outsider(described.Name, described.DateOfBirth) : null;
        var request = new DecideConnection.Request(scope.School.Id, user.Identity?.Name, scope.PersonId, question.OtherPersonId, outsider, action.Value, question.Platform);
        var result = await DecideConnection.HandleAsync(request, organisations, people, log, clock, cancellationToken);
        if (result.Decision is not { } decision)
        {
            return TypedResults.ValidationProblem(result.Errors
                .GroupBy(e => JsonField(e.Key))
                .ToDictionary(g => g.Key, g => g.Select(e => e.Value).ToArray()));
        }

        return TypedResults.Ok(new ConnectionAnswer(
            ConnectionText.Code(decision.Verdict),
            decision.PackId,
            decision.PackVersion,
            decision.Question,
            [.. decision.Reasons.Select(r => new ConnectionAnswer.Reason(
                ConnectionText.Code(r.Verdict),
                ConnectionText.Code(r.RuleVerdict),
                r.ClauseIds,
                r.Explanation,
                r.DecidingRole is { } role ? YamlNaming.Kebab(role) : null))],
            decision.Notes,
            decision.DecidingRole is { } deciding ? YamlNaming.Kebab(deciding) : null,
            decision.Id,
            result.Hold?.Id));
    }

    /// <summary>The request's JSON member a use case's error key is about; "" for the request as a whole.</summary>
    private static string JsonField(string key) => key switch
    {
        nameof(DecideConnection.Request.OrganisationId) => "schoolId",
        nameof(DecideConnection.Request.OtherPersonId) => "otherPersonId",
        nameof(DecideConnection.Request.Outsider) => "outsider",
        nameof(DecideConnection.Request.Action) => "action",
        nameof(DecideConnection.Request.Platform) => "platform",
        _ => string.Empty,
    };
}

/// <summary>The body of POST /api/connections.</summary>
/// <param name="SchoolId">The school, for trust and federation staff; omitted, the user's own (or their first).</param>
/// <param name="OtherPersonId">The other person's register id; or omit it and describe them in <paramref name="Outsider"/>.</param>
/// <param name="Outsider">Someone not in the register.</param>
/// <param name="Action"><c>follow</c>, <c>accept-request</c>, <c>send-request</c>, <c>message</c> or <c>engage</c>.</param>
/// <param name="Platform">The platform, e.g. <c>Instagram</c>.</param>
internal sealed record ConnectionQuestion(long? SchoolId, long? OtherPersonId, ConnectionQuestion.Person? Outsider, string? Action, string? Platform)
{
    /// <summary>Someone who is not in the register.</summary>
    /// <param name="Name">Their name.</param>
    /// <param name="DateOfBirth">Their date of birth (yyyy-mm-dd), if known.</param>
    internal sealed record Person(string? Name, DateOnly? DateOfBirth);
}

/// <summary>The recorded answer.</summary>
/// <param name="Verdict"><c>allow</c>, <c>warn</c>, <c>hold</c> or <c>block</c>.</param>
/// <param name="PackId">The pack judged under.</param>
/// <param name="PackVersion">Its version.</param>
/// <param name="Question">The question in words.</param>
/// <param name="Reasons">Every rule that applied.</param>
/// <param name="Notes">What no clause says: silences, assumptions, why an exception did or did not count.</param>
/// <param name="DecidingRole">For a hold, the role that decides (kebab case, as the packs write it).</param>
/// <param name="DecisionId">The recorded check's id.</param>
/// <param name="HoldRequestId">For a hold, the open request.</param>
internal sealed record ConnectionAnswer(
    string Verdict,
    string PackId,
    string PackVersion,
    string Question,
    IReadOnlyList<ConnectionAnswer.Reason> Reasons,
    IReadOnlyList<string> Notes,
    string? DecidingRole,
    long DecisionId,
    long? HoldRequestId)
{
    /// <summary>One rule, explained.</summary>
    /// <param name="Verdict">What stands after any exception.</param>
    /// <param name="RuleVerdict">What the rule says before any exception.</param>
    /// <param name="ClauseIds">The clauses it rests on.</param>
    /// <param name="Explanation">Plain English.</param>
    /// <param name="DecidingRole">Who decides a hold or may authorise a block.</param>
    internal sealed record Reason(string Verdict, string RuleVerdict, IReadOnlyList<string> ClauseIds, string Explanation, string? DecidingRole);
}
