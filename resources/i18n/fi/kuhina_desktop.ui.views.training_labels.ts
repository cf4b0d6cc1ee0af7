<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>TrainingLabels</name>
        <message>
            <source>Induction</source>
            <translation>Perehdytys</translation>
        </message>
        <message>
            <source>Employer-specific package</source>
            <translation>Työnantajakohtainen paketti</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Kurssi</translation>
        </message>
        <message>
            <source>Qualification unit (opinnollistaminen)</source>
            <translation>Tutkinnon osa (opinnollistaminen)</translation>
        </message>
        <message>
            <source>The association</source>
            <translation>Yhdistys</translation>
        </message>
        <message>
            <source>Kuhina / ESR+</source>
            <translation>Kuhina / ESR+</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Suunniteltu</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>Käynnissä</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Suoritettu</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Keskeytynyt</translation>
        </message>
        <message>
            <source>Individual coaching</source>
            <translation>Yksilövalmennus</translation>
        </message>
        <message>
            <source>Employer coaching</source>
            <translation>Työnantajavalmennus</translation>
        </message>
        <message>
            <source>Start-of-employment support</source>
            <translation>Työn aloituksen tuki</translation>
        </message>
        <message>
            <source>Task tailoring</source>
            <translation>Tehtävien räätälöinti</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seuranta</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>Paikan päällä</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>Puhelimitse</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>Etänä</translation>
        </message>
        <message>
            <source>Job in the open labour market</source>
            <translation>Työ avoimilla työmarkkinoilla</translation>
        </message>
        <message>
            <source>Continues with the association without support</source>
            <translation>Jatkaa yhdistyksessä ilman tukea</translation>
        </message>
        <message>
            <source>Degree-oriented education</source>
            <translation>Tutkintoon johtava koulutus</translation>
        </message>
        <message>
            <source>Other service</source>
            <translation>Muu palvelu</translation>
        </message>
        <message>
            <source>Unemployed</source>
            <translation>Työtön</translation>
        </message>
        <message>
            <source>No expiry</source>
            <translation>Ei vanhene</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Voimassa</translation>
        </message>
        <message>
            <source>Expires within 90 days</source>
            <translation>Vanhenee 90 päivän sisällä</translation>
        </message>
        <message>
            <source>Expires within 30 days</source>
            <translation>Vanhenee 30 päivän sisällä</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Vanhentunut</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Puuttuu</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Työsopimukset</translation>
        </message>
        <message>
            <source>Support decisions</source>
            <translation>Tukipäätökset</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Koulutukset</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Pätevyydet</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>Valmennus</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Tulos</translation>
        </message>
        <message>
            <source>Contract</source>
            <extracomment>One timeline entry's kind (the filters use the plural names above).</extracomment>
            <translation>Työsopimus</translation>
        </message>
        <message>
            <source>Support decision</source>
            <translation>Tukipäätös</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Koulutus</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Todistus</translation>
        </message>
        <message>
            <source>Pay subsidy 50 %</source>
            <extracomment>Support kinds as the decisions area names them; an unknown code is shown as it is.</extracomment>
            <translation>Palkkatuki 50 %</translation>
        </message>
        <message>
            <source>Pay subsidy 70 %</source>
            <translation>Palkkatuki 70 %</translation>
        </message>
        <message>
            <source>Pay subsidy 100 %</source>
            <translation>Palkkatuki 100 %</translation>
        </message>
        <message>
            <source>Employment subsidy 55+</source>
            <translation>55 vuotta täyttäneiden työllistämistuki</translation>
        </message>
        <message>
            <source>Municipal supplement</source>
            <translation>Kuntalisä</translation>
        </message>
        <message>
            <source>Employment supplement</source>
            <translation>Työllistämislisä</translation>
        </message>
        <message>
            <source>Start of employment: {label}</source>
            <translation>Työsuhteen alku: {label}</translation>
        </message>
        <message>
            <source>End of employment: {label}</source>
            <translation>Työsuhteen loppu: {label}</translation>
        </message>
        <message>
            <source>Start of support period: {label}</source>
            <translation>Tukijakson alku: {label}</translation>
        </message>
        <message>
            <source>End of support period: {label}</source>
            <translation>Tukijakson loppu: {label}</translation>
        </message>
        <message>
            <source>Start of training: {title}</source>
            <translation>Koulutuksen alku: {title}</translation>
        </message>
        <message>
            <source>Training completed: {title} ({hours} h)</source>
            <translation>Koulutus suoritettu: {title} ({hours} h)</translation>
        </message>
        <message>
            <source>Training interrupted: {title}</source>
            <translation>Koulutus keskeytyi: {title}</translation>
        </message>
        <message>
            <source>Certificate gained: {name}</source>
            <translation>Pätevyys saatu: {name}</translation>
        </message>
        <message>
            <source>Certificate expires: {name}</source>
            <translation>Pätevyys vanhenee: {name}</translation>
        </message>
        <message>
            <source>{kind}, {mode}, {minutes} min ({coach})</source>
            <translation>{kind}, {mode}, {minutes} min ({coach})</translation>
        </message>
        <message>
            <source>Next coaching follow-up ({coach})</source>
            <translation>Seuraava valmennuksen seuranta ({coach})</translation>
        </message>
        <message>
            <source>Outcome: {outcome}</source>
            <translation>Tulos: {outcome}</translation>
        </message>
    </context>
</TS>
