using Lanyard.Core.Connections;
using Lanyard.Core.People;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Governance;

/// <summary>
/// Use case: record a training session and who attended. Recorded by whoever the policy says
/// provides training (Chapmanslade roles-slt.01: SLT, which includes the head teacher and deputy
/// head); where the policy names no provider, by anyone who may edit the policy
/// (<see cref="GovernanceActor.PolicyEditors"/>). Attendees must be staff of the organisation.
/// </summary>
public static class RecordTrainingSession
{
    /// <summary>What the user records.</summary>
    /// <param name="OrganisationId">The school.</param>
    /// <param name="ActorPersonId">The signed-in member of staff.</param>
    /// <param name="HeldOn">The day it was held; not in the future.</param>
    /// <param name="Title">Its title.</param>
    /// <param name="Provider">Who ran it.</param>
    /// <param name="Attendees">The staff who attended.</param>
    public sealed record Request(long OrganisationId, long ActorPersonId, DateOnly HeldOn, string? Title, string? Provider, IReadOnlyList<long> Attendees);

    /// <summary>The stored session, or why not.</summary>
    /// <param name="Session">The stored session; null when refused.</param>
    /// <param name="Errors">Field → message; empty when recorded.</param>
    public sealed record Result(TrainingSession? Session, IReadOnlyDictionary<string, string> Errors);

    /// <summary>Validates and stores.</summary>
    public static async Task<Result> HandleAsync(Request request, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ports);
        var today = GovernanceDay.Today(clock);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var inForce = await PolicyVersions.InForceAsync(request.OrganisationId, today, ports.Organisations, ports.Versions, cancellationToken).ConfigureAwait(false);
        var actor = await ports.People.GetAsync(request.ActorPersonId, cancellationToken).ConfigureAwait(false);
        var provider = inForce?.Pack.Parameters.Training?.ProviderRole;
        if (inForce is null)
        {
            errors["organisation"] = PolicyHolder.NoPack;
        }
        else if (actor is null || actor.Kind != PersonKind.Staff || actor.OrganisationId != request.OrganisationId)
        {
            errors["actor"] = "You are not a member of staff of this school.";
        }
        else if (!MayRecord(actor, provider))
        {
            errors["actor"] = provider is { } role
                ? $"The policy says the {Workflows.WorkflowText.Kebab(role)} provides training; only they record sessions."
                : "Only the head teacher, deputy head, SLT, governors or the COO may record training.";
        }

        if (request.HeldOn > today)
        {
            errors["heldOn"] = "A session is recorded once it has been held.";
        }

        if (string.IsNullOrWhiteSpace(request.Title))
        {
            errors["title"] = "Give the session a title.";
        }

        if (string.IsNullOrWhiteSpace(request.Provider))
        {
            errors["provider"] = "Say who ran the session.";
        }

        var staff = await ports.People.ListAsync(request.OrganisationId, PersonKind.Staff, cancellationToken).ConfigureAwait(false);
        var attendees = (request.Attendees ?? []).Distinct().ToList();
        if (attendees.Count == 0)
        {
            errors["attendees"] = "List who attended.";
        }
        else if (attendees.Any(id => staff.All(s => s.Id != id)))
        {
            errors["attendees"] = "Every attendee must be a member of staff of this school.";
        }

        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var session = new TrainingSession
        {
            OrganisationId = request.OrganisationId,
            HeldOn = request.HeldOn,
            Title = request.Title!.Trim(),
            Provider = request.Provider!.Trim(),
            RecordedByPersonId = actor!.Id,
            Attendees = attendees,
        };
        var id = await ports.Training.AddAsync(session, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new Result(session with { Id = id }, errors);
    }

    private static bool MayRecord(Person actor, Role? provider)
    {
        if (provider is not { } role)
        {
            return GovernanceActor.MayEdit(actor);
        }

        var holders = ConnectionRoles.HoldersOf(role).ToList();
        if (role is Role.Slt or Role.LeadershipTeam or Role.SeniorStaff)
        {
            holders.AddRange([StaffRole.Slt, StaffRole.Headteacher, StaffRole.DeputyHead]);
        }

        return actor.Roles.Any(holders.Contains);
    }
}
