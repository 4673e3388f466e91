using Lanyard.Core.Governance;

namespace Lanyard.Data.Governance;

/// <summary>Completed policy reviews, on either provider, inside the request's unit of work.</summary>
public sealed class PolicyReviewStore : IPolicyReviewRegister
{
    private readonly UnitOfWork _work;

    /// <summary>A register that runs in the given unit of work.</summary>
    public PolicyReviewStore(UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <inheritdoc />
    public Task<long> AddAsync(PolicyReviewRecord review, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        return _work.InsertAsync(
            "INSERT INTO policy_reviews (organisation_id, pack_id, reviewed_version, completed_on, outcome, new_version_id, new_version_label, " +
            "approved_by_person_id, approved_by_name, approving_body, recorded_at) VALUES (@OrganisationId, @PackId, @ReviewedVersion, @CompletedOn, @Outcome, " +
            "@NewVersionId, @NewVersionLabel, @ApprovedByPersonId, @ApprovedByName, @ApprovingBody, @RecordedAt)",
            new
            {
                review.OrganisationId,
                review.PackId,
                review.ReviewedVersion,
                review.CompletedOn,
                Outcome = StoredEnum.Text(review.Outcome),
                review.NewVersionId,
                review.NewVersionLabel,
                review.ApprovedByPersonId,
                review.ApprovedByName,
                review.ApprovingBody,
                RecordedAt = recordedAt,
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PolicyReviewRecord>> ListAsync(long organisationId, CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<ReviewRow>(
            "SELECT id AS Id, organisation_id AS OrganisationId, pack_id AS PackId, reviewed_version AS ReviewedVersion, completed_on AS CompletedOn, outcome AS Outcome, " +
            "new_version_id AS NewVersionId, new_version_label AS NewVersionLabel, approved_by_person_id AS ApprovedByPersonId, approved_by_name AS ApprovedByName, " +
            "approving_body AS ApprovingBody FROM policy_reviews WHERE organisation_id = @OrganisationId ORDER BY completed_on, id",
            new { OrganisationId = organisationId },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToRecord())];
    }

    // A class with settable properties, not a positional record (see ReviewTaskStore).
    private sealed class ReviewRow
    {
        public long Id { get; init; }

        public long OrganisationId { get; init; }

        public string PackId { get; init; } = "";

        public string ReviewedVersion { get; init; } = "";

        public DateOnly CompletedOn { get; init; }

        public string Outcome { get; init; } = "";

        public long? NewVersionId { get; init; }

        public string? NewVersionLabel { get; init; }

        public long ApprovedByPersonId { get; init; }

        public string ApprovedByName { get; init; } = "";

        public string? ApprovingBody { get; init; }

        public PolicyReviewRecord ToRecord() => new()
        {
            Id = Id,
            OrganisationId = OrganisationId,
            PackId = PackId,
            ReviewedVersion = ReviewedVersion,
            CompletedOn = CompletedOn,
            Outcome = StoredEnum.Parse<ReviewOutcome>(Outcome),
            NewVersionId = NewVersionId,
            NewVersionLabel = NewVersionLabel,
            ApprovedByPersonId = ApprovedByPersonId,
            ApprovedByName = ApprovedByName,
            ApprovingBody = ApprovingBody,
        };
    }
}
