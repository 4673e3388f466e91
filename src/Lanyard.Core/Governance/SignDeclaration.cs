using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Governance;

/// <summary>
/// Use case: a member of staff signs the declaration (Testbourne decl.01–02) or acknowledgement
/// (Chapmanslade roles-staff.01) for the version in force. The signer must be the signed-in person:
/// there is no proxy signing. A read-and-sign declaration needs the fields the policy lists (printed
/// name, department); the date is today from the clock; the signature is the explicit confirmation.
/// The record stores the version and the clauses acknowledged: the whole policy the first time,
/// only the changed clauses after a new version takes effect.
/// </summary>
public static class SignDeclaration
{
    /// <summary>What the member of staff submits.</summary>
    /// <param name="OrganisationId">Their school.</param>
    /// <param name="ActorPersonId">The signed-in person.</param>
    /// <param name="SignerPersonId">Whose declaration it is; must equal <paramref name="ActorPersonId"/>.</param>
    /// <param name="VersionId">The register's version being signed (null for the shipped pack), as shown on the page.</param>
    /// <param name="PackVersion">Its label, as shown on the page.</param>
    /// <param name="PrintedName">The name as they print it.</param>
    /// <param name="Department">Their department.</param>
    /// <param name="Confirmed">The explicit confirmation ("I have read, understood and accept…").</param>
    public sealed record Request(long OrganisationId, long ActorPersonId, long SignerPersonId, long? VersionId, string? PackVersion, string? PrintedName, string? Department, bool Confirmed);

    /// <summary>The stored declaration, or why it was refused.</summary>
    /// <param name="Declaration">The stored declaration; null when refused.</param>
    /// <param name="Errors">Field → message; empty when signed.</param>
    public sealed record Result(DeclarationRecord? Declaration, IReadOnlyDictionary<string, string> Errors);

    /// <summary>Validates and stores.</summary>
    public static async Task<Result> HandleAsync(Request request, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ports);
        var today = GovernanceDay.Today(clock);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.SignerPersonId != request.ActorPersonId)
        {
            errors["signer"] = "You can sign only your own declaration: nobody may sign for someone else.";
            return new Result(null, errors);
        }

        var status = await DeclarationStatus.HandleAsync(request.OrganisationId, ports, clock, cancellationToken).ConfigureAwait(false);
        if (!status.Required || status.InForce is not { } inForce || status.Rule is not { } rule)
        {
            errors["declaration"] = status.Message;
            return new Result(null, errors);
        }

        if (request.VersionId != inForce.VersionId || !string.Equals(request.PackVersion?.Trim(), inForce.VersionLabel, StringComparison.Ordinal))
        {
            errors["version"] = $"The version in force is {inForce.VersionLabel}: reload the page and sign that version.";
        }

        var entry = status.Entries.FirstOrDefault(e => e.Person.Id == request.SignerPersonId);
        if (entry is null)
        {
            errors["signer"] = "The policy in force does not bind you, so there is nothing for you to sign.";
        }
        else if (entry.State == DeclarationState.UpToDate)
        {
            errors["declaration"] = $"You have already signed version {inForce.VersionLabel}.";
        }

        var readAndSign = rule.Kind == DeclarationKind.ReadAndSign;
        if (readAndSign && rule.Fields.Contains(DeclarationField.PrintedName) && string.IsNullOrWhiteSpace(request.PrintedName))
        {
            errors["printedName"] = "Print your name.";
        }

        if (readAndSign && rule.Fields.Contains(DeclarationField.Department) && string.IsNullOrWhiteSpace(request.Department))
        {
            errors["department"] = "Give your department.";
        }

        if (!request.Confirmed)
        {
            errors["confirmed"] = rule.Wording is { } wording ? $"Confirm the declaration: \"{wording}\"" : "Confirm that you know the contents of the policy.";
        }

        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var declaration = new DeclarationRecord
        {
            OrganisationId = entry!.Person.OrganisationId,
            PersonId = entry.Person.Id,
            PackId = inForce.Pack.Id,
            PackVersion = inForce.VersionLabel,
            VersionId = inForce.VersionId,
            Kind = rule.Kind,
            PrintedName = readAndSign ? request.PrintedName?.Trim() : null,
            Department = readAndSign ? request.Department?.Trim() : null,
            SignedOn = today,
            Scope = entry.State == DeclarationState.Reacknowledge ? DeclarationScope.ChangedClauses : DeclarationScope.WholePolicy,
            Clauses = entry.ClausesToAcknowledge,
        };
        var id = await ports.Declarations.AddAsync(declaration, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new Result(declaration with { Id = id }, errors);
    }
}
