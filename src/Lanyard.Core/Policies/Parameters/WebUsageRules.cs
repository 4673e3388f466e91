using Lanyard.Core.Policies;

namespace Lanyard.Core.Policies.Parameters;

/// <summary>Web categories, streaming and downloads (§3 row 15).</summary>
public sealed record WebUsageRules : PackParameter
{
    /// <summary>Categories whose visit is a breach even if the filter misses it.</summary>
    public IReadOnlyList<WebCategory> BlockedCategories { get; init; } = [];

    /// <summary>Streaming is limited to occasional short clips.</summary>
    public bool? ShortClipsOnly { get; init; }

    /// <summary>No TV, films or continual broadcasts.</summary>
    public bool? ContinuousStreamsForbidden { get; init; }

    /// <summary>No downloading video or audio for personal use.</summary>
    public bool? PersonalMediaDownloadsForbidden { get; init; }

    /// <summary>Software downloads need approval; the approver when named.</summary>
    public Role? SoftwareDownloadApprover { get; init; }

    /// <summary>Software downloads need approval.</summary>
    public bool? SoftwareDownloadsNeedApproval { get; init; }

    /// <summary>Who may permit changes that bypass filtering.</summary>
    public Role? FilterBypassPermissionRole { get; init; }

    /// <summary>File-sharing services are banned.</summary>
    public bool? FileSharingForbidden { get; init; }

    /// <summary>Cloud storage must not hold sensitive personal data.</summary>
    public bool? SensitiveDataInCloudForbidden { get; init; }
}
