using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Consent;

namespace Lanyard.Core.Audit;

/// <summary>The consent register with every recorded answer audited as a change to the pupil's record (see <see cref="AuditedPeopleRegister"/>).</summary>
public sealed class AuditedConsentRegister(IConsentRegister inner, IAuditLog audit, Func<AuditActor> actor, TimeProvider clock) : IConsentRegister
{
    /// <inheritdoc />
    public Task<IReadOnlyList<ConsentEntry>> ListAsync(long organisationId, SchoolYear year, CancellationToken cancellationToken) => inner.ListAsync(organisationId, year, cancellationToken);

    /// <inheritdoc />
    public async Task SaveAsync(ConsentEntry entry, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await inner.SaveAsync(entry, recordedAt, cancellationToken).ConfigureAwait(false);
        var who = actor();
        await audit.AppendAsync(
            new AuditEvent(clock.GetUtcNow(), who.UserId, who.Name, AuditAction.Change, AuditedPeopleRegister.Subject, entry.PupilId, null, "consent " + Workflows.WorkflowText.Kebab(entry.Channel)),
            cancellationToken).ConfigureAwait(false);
    }
}
