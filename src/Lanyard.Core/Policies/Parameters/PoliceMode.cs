namespace Lanyard.Core.Policies.Parameters;

/// <summary>How a police trigger acts.</summary>
public enum PoliceMode
{
    /// <summary>The school must refer to the police. Written <c>mandatory</c>.</summary>
    Mandatory,

    /// <summary>The police are contacted at once for advice. Written <c>immediate</c>.</summary>
    Immediate,

    /// <summary>The school may contact the police. Written <c>optional</c>.</summary>
    Optional,

    /// <summary>The school considers advising the employee to tell the police. Written <c>advise-employee</c>.</summary>
    AdviseEmployee,
}
