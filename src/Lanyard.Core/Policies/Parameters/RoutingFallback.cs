namespace Lanyard.Core.Policies.Parameters;

/// <summary>Who receives a report when every named recipient is absent.</summary>
public enum RoutingFallback
{
    /// <summary>The most senior member of staff present. Written <c>most-senior-staff-present</c>.</summary>
    MostSeniorStaffPresent,
}
