using Lanyard.Core.People;

namespace Lanyard.Core.Casework;

/// <summary>Who reads one <see cref="CaseAudience"/>'s cases in full.</summary>
/// <param name="Readers">The register roles that read every such case of a school in scope.</param>
/// <param name="RoutedReaders">
/// Whether someone the case was routed to (a <see cref="CaseDetails.NotifiedRole"/> they hold), escalated
/// to (<see cref="CaseDetails.EscalatedTo"/>) or assigned to (<see cref="CaseDetails.AssignedTo"/> = their
/// person id) reads it too.
/// </param>
/// <param name="AssignedRoles">
/// When <paramref name="RoutedReaders"/> is false: the roles whose holder reads the case only when it is
/// assigned to them by person id (the investigating officer of a staff breach).
/// </param>
public sealed record CaseReadRule(IReadOnlyList<StaffRole> Readers, bool RoutedReaders, IReadOnlyList<StaffRole> AssignedRoles);
