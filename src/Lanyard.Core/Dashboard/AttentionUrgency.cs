namespace Lanyard.Core.Dashboard;

/// <summary>How soon something needs doing; the dashboard lists the most urgent first.</summary>
public enum AttentionUrgency
{
    /// <summary>Past its date.</summary>
    Overdue,

    /// <summary>Waiting on someone now (a held request), or due within 28 days.</summary>
    Due,

    /// <summary>Worth knowing, no date attached.</summary>
    Notice,
}
