<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>TrainingLabels</name>
        <message>
            <source>Induction</source>
            <translation>Induction</translation>
        </message>
        <message>
            <source>Employer-specific package</source>
            <translation>Employer-specific package</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <source>Qualification unit (opinnollistaminen)</source>
            <translation>Qualification unit (opinnollistaminen)</translation>
        </message>
        <message>
            <source>The association</source>
            <translation>The association</translation>
        </message>
        <message>
            <source>Kuhina / ESR+</source>
            <translation>Kuhina / ESR+</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>Ongoing</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Interrupted</translation>
        </message>
        <message>
            <source>Individual coaching</source>
            <translation>Individual coaching</translation>
        </message>
        <message>
            <source>Employer coaching</source>
            <translation>Employer coaching</translation>
        </message>
        <message>
            <source>Start-of-employment support</source>
            <translation>Start-of-employment support</translation>
        </message>
        <message>
            <source>Task tailoring</source>
            <translation>Task tailoring</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>On site</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>By phone</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>Remote</translation>
        </message>
        <message>
            <source>Job in the open labour market</source>
            <translation>Job in the open labour market</translation>
        </message>
        <message>
            <source>Continues with the association without support</source>
            <translation>Continues with the association without support</translation>
        </message>
        <message>
            <source>Degree-oriented education</source>
            <translation>Degree-oriented education</translation>
        </message>
        <message>
            <source>Other service</source>
            <translation>Other service</translation>
        </message>
        <message>
            <source>Unemployed</source>
            <translation>Unemployed</translation>
        </message>
        <message>
            <source>No expiry</source>
            <translation>No expiry</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Expires within 90 days</source>
            <translation>Expires within 90 days</translation>
        </message>
        <message>
            <source>Expires within 30 days</source>
            <translation>Expires within 30 days</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Contracts</translation>
        </message>
        <message>
            <source>Support decisions</source>
            <translation>Support decisions</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Trainings</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>Coaching</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Contract</source>
            <extracomment>One timeline entry's kind (the filters use the plural names above).</extracomment>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Support decision</source>
            <translation>Support decision</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>Pay subsidy 50 %</source>
            <extracomment>Support kinds as the decisions area names them; an unknown code is shown as it is.</extracomment>
            <translation>Pay subsidy 50 %</translation>
        </message>
        <message>
            <source>Pay subsidy 70 %</source>
            <translation>Pay subsidy 70 %</translation>
        </message>
        <message>
            <source>Pay subsidy 100 %</source>
            <translation>Pay subsidy 100 %</translation>
        </message>
        <message>
            <source>Employment subsidy 55+</source>
            <translation>Employment subsidy 55+</translation>
        </message>
        <message>
            <source>Municipal supplement</source>
            <translation>Municipal supplement</translation>
        </message>
        <message>
            <source>Employment supplement</source>
            <translation>Employment supplement</translation>
        </message>
        <message>
            <source>Start of employment: {label}</source>
            <translation>Start of employment: {label}</translation>
        </message>
        <message>
            <source>End of employment: {label}</source>
            <translation>End of employment: {label}</translation>
        </message>
        <message>
            <source>Start of support period: {label}</source>
            <translation>Start of support period: {label}</translation>
        </message>
        <message>
            <source>End of support period: {label}</source>
            <translation>End of support period: {label}</translation>
        </message>
        <message>
            <source>Start of training: {title}</source>
            <translation>Start of training: {title}</translation>
        </message>
        <message>
            <source>Training completed: {title} ({hours} h)</source>
            <translation>Training completed: {title} ({hours} h)</translation>
        </message>
        <message>
            <source>Training interrupted: {title}</source>
            <translation>Training interrupted: {title}</translation>
        </message>
        <message>
            <source>Certificate gained: {name}</source>
            <translation>Certificate gained: {name}</translation>
        </message>
        <message>
            <source>Certificate expires: {name}</source>
            <translation>Certificate expires: {name}</translation>
        </message>
        <message>
            <source>{kind}, {mode}, {minutes} min ({coach})</source>
            <translation>{kind}, {mode}, {minutes} min ({coach})</translation>
        </message>
        <message>
            <source>Next coaching follow-up ({coach})</source>
            <translation>Next coaching follow-up ({coach})</translation>
        </message>
        <message>
            <source>Outcome: {outcome}</source>
            <translation>Outcome: {outcome}</translation>
        </message>
    </context>
</TS>
