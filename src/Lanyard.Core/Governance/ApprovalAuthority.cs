using Lanyard.Core.Connections;
using Lanyard.Core.People;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Governance;

/// <summary>
/// Who may approve a policy (or close its review) on the body's behalf, read from the pack's
/// <see cref="Approval"/> and the people register, never from what a caller says about themselves:
/// <list type="bullet">
/// <item>a body or committee (Testbourne's Full Governing Body, Heathcoat's committee, Chapmanslade's Governing Board):
/// a governor or the chair of governors records the decision on the body's behalf, with the meeting date;</item>
/// <item>a single role (Cambrian's COO): someone holding that role in the register (<see cref="ConnectionRoles.HoldersOf"/>);</item>
/// <item>signatories (St Mary's chair of governors and headteacher): each signature line is signed by
/// its holder (co-chairs by a chair of governors); the version is approved when every line is signed.</item>
/// </list>
/// </summary>
internal static class ApprovalAuthority
{
    private static readonly StaffRole[] GovernorRoles = [StaffRole.ChairOfGovernors, StaffRole.Governor];

    /// <summary>The register roles that may act for the approver, in the order one is chosen.</summary>
    public static IReadOnlyList<StaffRole> Holders(Approval approval) => approval.Kind switch
    {
        ApprovalKind.Body or ApprovalKind.Committee => GovernorRoles,
        ApprovalKind.Role when approval.Role is { } role => ConnectionRoles.HoldersOf(role),
        ApprovalKind.Signatories => [.. approval.Signatures.SelectMany(s => SignatureHolders(s.Role)).Distinct()],
        _ => GovernorRoles,
    };

    /// <summary>The register roles that sign a signature line of this role.</summary>
    public static IReadOnlyList<StaffRole> SignatureHolders(Role role) => role switch
    {
        Role.ChairOfGovernors or Role.CoChairsOfGovernors => [StaffRole.ChairOfGovernors],
        _ => ConnectionRoles.HoldersOf(role),
    };

    /// <summary>The approver in words, for messages: "a governor or the chair of governors, for the Full Governing Body".</summary>
    public static string Describe(Approval approval) => approval.Kind switch
    {
        ApprovalKind.Body or ApprovalKind.Committee => $"a governor or the chair of governors, for the {approval.Body ?? "governing body"}",
        ApprovalKind.Role when approval.Role is { } role => $"the {Workflows.WorkflowText.Kebab(role)}",
        ApprovalKind.Signatories => string.Join(" and ", approval.Signatures.Select(s => $"the {Workflows.WorkflowText.Kebab(s.Role)}")),
        _ => "the governing body",
    };

    /// <summary>The role <paramref name="person"/> acts in as approver, or null when they may not approve.</summary>
    public static StaffRole? CapacityOf(Person person, Approval approval) =>
        Holders(approval).Where(person.Roles.Contains).Select(r => (StaffRole?)r).FirstOrDefault();

    /// <summary>Whether the body approves at a meeting (the date of which is the approval date).</summary>
    public static bool MeetsAsBody(Approval approval) => approval.Kind is ApprovalKind.Body or ApprovalKind.Committee;
}
