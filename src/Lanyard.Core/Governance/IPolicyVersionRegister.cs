namespace Lanyard.Core.Governance;

/// <summary>The policy register: every version of the pack attached to an organisation. Implemented over a real database in Lanyard.Data.</summary>
public interface IPolicyVersionRegister
{
    /// <summary>Stores a new draft; returns its id.</summary>
    Task<long> AddAsync(PolicyVersion version, DateTimeOffset recordedAt, CancellationToken cancellationToken);

    /// <summary>One version with its approvers, or null.</summary>
    Task<PolicyVersion?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>An organisation's versions with their approvers, oldest first.</summary>
    Task<IReadOnlyList<PolicyVersion>> ListAsync(long organisationId, CancellationToken cancellationToken);

    /// <summary>Replaces a draft's label and YAML.</summary>
    Task UpdateDraftAsync(long id, string version, string yaml, CancellationToken cancellationToken);

    /// <summary>Records one approver or signatory.</summary>
    Task AddApproverAsync(long id, PolicyApprover approver, DateTimeOffset recordedAt, CancellationToken cancellationToken);

    /// <summary>Marks a draft approved.</summary>
    Task ApproveAsync(long id, string? approvingBody, DateOnly approvedOn, DateOnly effectiveFrom, CancellationToken cancellationToken);

    /// <summary>Marks a draft withdrawn.</summary>
    Task WithdrawAsync(long id, DateOnly withdrawnOn, CancellationToken cancellationToken);
}
