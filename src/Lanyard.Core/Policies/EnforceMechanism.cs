namespace Lanyard.Core.Policies;

/// <summary>How Lanyard makes a clause true (CLAUSES.md §1, "enforce").</summary>
public enum EnforceMechanism
{
    /// <summary>Evaluated on a draft post, message, upload or link before it goes out.</summary>
    PreCheck,

    /// <summary>Evaluated on "may this staff member connect with this person?".</summary>
    ConnectionCheck,

    /// <summary>Validated when an official account is registered, changed or audited.</summary>
    AccountRegister,

    /// <summary>A filter, time-window or device rule.</summary>
    UsageRule,

    /// <summary>A step or transition in a case.</summary>
    Workflow,

    /// <summary>A dated or event-driven prompt.</summary>
    Reminder,

    /// <summary>Captured through read-and-sign or an acknowledgement record.</summary>
    Declaration,

    /// <summary>Metadata the pack stores and shows, with no active check.</summary>
    RecordOnly,

    /// <summary>Shown as advice, never a verdict on its own.</summary>
    GuidanceOnly,
}
