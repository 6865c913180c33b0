<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Undo Commands</name>
    <message>
        <source>Size by hours</source>
        <translation>Dimensionner par heures</translation>
    </message>
    <message>
        <source>Add custom instance</source>
        <translation>Ajouter une instance personnalisée</translation>
    </message>
    <message>
        <source>Remove custom instance</source>
        <translation>Supprimer une instance personnalisée</translation>
    </message>
    <message>
        <source>Add custom region</source>
        <translation>Ajouter une région personnalisée</translation>
    </message>
    <message>
        <source>Remove custom region</source>
        <translation>Supprimer une région personnalisée</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>Ajouter un composant</translation>
    </message>
    <message>
        <source>Duplicate component</source>
        <translation>Dupliquer le composant</translation>
    </message>
    <message>
        <source>Remove component</source>
        <translation>Supprimer le composant</translation>
    </message>
    <message>
        <source>Move component</source>
        <translation>Déplacer le composant</translation>
    </message>
    <message>
        <source>Rename component</source>
        <translation>Renommer le composant</translation>
    </message>
    <message>
        <source>Change instance type</source>
        <translation>Modifier le type d&apos;instance</translation>
    </message>
    <message>
        <source>Change instance count</source>
        <translation>Modifier le nombre d&apos;instances</translation>
    </message>
    <message>
        <source>Change hours</source>
        <translation>Modifier les heures</translation>
    </message>
    <message>
        <source>Change utilization</source>
        <translation>Modifier le taux d&apos;utilisation</translation>
    </message>
    <message>
        <source>Change measured power</source>
        <translation>Modifier la puissance mesurée</translation>
    </message>
    <message>
        <source>Change pricing</source>
        <translation>Modifier la tarification</translation>
    </message>
    <message>
        <source>Change storage class</source>
        <translation>Modifier la classe de stockage</translation>
    </message>
    <message>
        <source>Change stored size</source>
        <translation>Modifier la taille stockée</translation>
    </message>
    <message>
        <source>Change storage months</source>
        <translation>Modifier les mois de stockage</translation>
    </message>
    <message>
        <source>Change transferred size</source>
        <translation>Modifier la taille transférée</translation>
    </message>
    <message>
        <source>Change destination region</source>
        <translation>Modifier la région de destination</translation>
    </message>
    <message>
        <source>Change active hours per week</source>
        <translation>Modifier les heures actives par semaine</translation>
    </message>
    <message>
        <source>Change idle hours per week</source>
        <translation>Modifier les heures d&apos;inactivité par semaine</translation>
    </message>
    <message>
        <source>Change weeks</source>
        <translation>Modifier les semaines</translation>
    </message>
    <message>
        <source>Change tuning strategy</source>
        <translation>Modifier la stratégie de réglage</translation>
    </message>
    <message>
        <source>Change trials</source>
        <translation>Modifier les essais</translation>
    </message>
    <message>
        <source>Change hours per trial</source>
        <translation>Modifier les heures par essai</translation>
    </message>
    <message>
        <source>Change endpoint mode</source>
        <translation>Modifier le mode du point de terminaison</translation>
    </message>
    <message>
        <source>Change hours provisioned</source>
        <translation>Modifier les heures provisionnées</translation>
    </message>
    <message>
        <source>Change models hosted</source>
        <translation>Modifier les modèles hébergés</translation>
    </message>
    <message>
        <source>Change log volume</source>
        <translation>Modifier le volume de journaux</translation>
    </message>
    <message>
        <source>Change log retention</source>
        <translation>Modifier la conservation des journaux</translation>
    </message>
    <message>
        <source>Change logging months</source>
        <translation>Modifier les mois de journalisation</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <source>Change project region</source>
        <translation>Modifier la région du projet</translation>
    </message>
    <message>
        <source>Change stage region</source>
        <translation>Modifier la région de l&apos;étape</translation>
    </message>
    <message>
        <source>Change methodology</source>
        <translation>Modifier la méthodologie</translation>
    </message>
    <message>
        <source>Change embodied carbon</source>
        <translation>Modifier les émissions intrinsèques</translation>
    </message>
    <message>
        <source>Change PUE override</source>
        <translation>Modifier le PUE imposé</translation>
    </message>
    <message>
        <source>Change spot discount</source>
        <translation>Modifier la remise Spot</translation>
    </message>
    <message>
        <source>Change grid-intensity dataset</source>
        <translation>Modifier le jeu de données d&apos;intensité du réseau</translation>
    </message>
    <message>
        <source>Change server lifetime</source>
        <translation>Modifier la durée de vie des serveurs</translation>
    </message>
    <message>
        <source>Change market-based year</source>
        <translation>Modifier l&apos;année fondée sur le marché</translation>
    </message>
    <message>
        <source>Change work</source>
        <translation>Modifier la charge de travail</translation>
    </message>
    <message>
        <source>Change model parameters</source>
        <translation>Modifier les paramètres du modèle</translation>
    </message>
    <message>
        <source>Change training tokens</source>
        <translation>Modifier les jetons d&apos;entraînement</translation>
    </message>
    <message>
        <source>Change epochs</source>
        <translation>Modifier les époques</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Modifier les requêtes</translation>
    </message>
    <message>
        <source>Change tokens per request</source>
        <translation>Modifier les jetons par requête</translation>
    </message>
    <message>
        <source>Change precision</source>
        <translation>Modifier la précision</translation>
    </message>
    <message>
        <source>Add scenario from the Pareto front</source>
        <translation>Ajouter un scénario depuis le front de Pareto</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Dupliquer le scénario</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Ajouter un scénario</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>Apply suggestion</source>
        <translation>Appliquer la suggestion</translation>
    </message>
    <message>
        <source>Remove suggestion</source>
        <translation>Retirer la suggestion</translation>
    </message>
    <message>
        <source>Set override</source>
        <translation>Définir une substitution</translation>
    </message>
    <message>
        <source>Change override path</source>
        <translation>Modifier le chemin de la substitution</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>Supprimer la substitution</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>Toggle suggestion</source>
        <translation>Basculer la suggestion</translation>
    </message>
    <message>
        <source>Calibrate &quot;%1&quot; from actuals</source>
        <translation>Calibrer « %1 » sur les mesures réelles</translation>
    </message>
    <message>
        <source>Calibrate plan from actuals</source>
        <translation>Calibrer le plan sur les mesures réelles</translation>
    </message>
    <message>
        <source>Calibrate component from actuals</source>
        <translation>Calibrer le composant sur les mesures réelles</translation>
    </message>
    <message>
        <source>Change allowed regions</source>
        <translation>Modifier les régions autorisées</translation>
    </message>
    <message>
        <source>Change accuracy floor</source>
        <translation>Modifier le plancher de précision</translation>
    </message>
    <message>
        <source>Change latency ceiling</source>
        <translation>Modifier le plafond de latence</translation>
    </message>
    <message>
        <source>Change edge devices</source>
        <translation>Modifier les appareils en périphérie</translation>
    </message>
    <message>
        <source>Change users&apos; region</source>
        <translation>Modifier la région des utilisateurs</translation>
    </message>
    <message>
        <source>Add whole-plan scenario</source>
        <translation>Ajouter un scénario du plan entier</translation>
    </message>
    <message>
        <source>Change active parameters</source>
        <translation>Modifier les paramètres actifs</translation>
    </message>
    <message>
        <source>Change output tokens per request</source>
        <translation>Modifier les jetons de sortie par requête</translation>
    </message>
    <message>
        <source>Change batch size</source>
        <translation>Modifier la taille de lot</translation>
    </message>
    <message>
        <source>Change recurrence</source>
        <translation>Modifier la récurrence</translation>
    </message>
    <message>
        <source>Change recurrence months</source>
        <translation>Modifier les mois de récurrence</translation>
    </message>
    <message>
        <source>Change requests per month</source>
        <translation>Modifier les requêtes par mois</translation>
    </message>
    <message>
        <source>Change trainable parameters</source>
        <translation>Modifier les paramètres entraînables</translation>
    </message>
    <message>
        <source>Change sequence length</source>
        <translation>Modifier la longueur de séquence</translation>
    </message>
    <message>
        <source>Change layers</source>
        <translation>Modifier les couches</translation>
    </message>
    <message>
        <source>Change hidden size</source>
        <translation>Modifier la taille cachée</translation>
    </message>
    <message>
        <source>Change busy-time factor</source>
        <translation>Modifier le facteur de temps d&apos;occupation</translation>
    </message>
    <message>
        <source>Change accelerator load</source>
        <translation>Modifier la charge de l&apos;accélérateur</translation>
    </message>
</context>
<context>
    <name>greenprint::AccuracyTargetRule</name>
    <message>
        <source>Train &quot;%1&quot; to an accuracy target, not a fixed %2 epochs</source>
        <translation>Entraîner « %1 » jusqu&apos;à une cible de précision, et non %2 époques fixes</translation>
    </message>
    <message>
        <source>Stop when the validation score reaches the project&apos;s accuracy floor (%1 of the baseline score). Shown for %2 epochs instead of %3.</source>
        <translation>Arrêter lorsque le score de validation atteint le plancher de précision du projet (%1 du score de référence). Affiché pour %2 époques au lieu de %3.</translation>
    </message>
    <message>
        <source>Set an accuracy target (constraints.accuracyFloor) that meets the business requirement without exceeding it, and stop when the validation score reaches it. Shown for %1 epochs instead of %2.</source>
        <translation>Fixer une cible de précision (constraints.accuracyFloor) qui satisfait le besoin métier sans le dépasser, et arrêter lorsque le score de validation l&apos;atteint. Affiché pour %1 époques au lieu de %2.</translation>
    </message>
    <message>
        <source>Assumption: the target is reached one epoch earlier; Greenprint does not know how fast your model converges.</source>
        <translation>Hypothèse : la cible est atteinte une époque plus tôt ; Greenprint ne sait pas à quelle vitesse votre modèle converge.</translation>
    </message>
    <message>
        <source>Accuracy stops at the target instead of the score of the last epoch.</source>
        <translation>La précision s&apos;arrête à la cible au lieu du score de la dernière époque.</translation>
    </message>
    <message>
        <source>Train to an accuracy target, not a fixed number of epochs</source>
        <translation>Entraîner jusqu&apos;à une précision cible, pas sur un nombre fixe d&apos;époques</translation>
    </message>
</context>
<context>
    <name>greenprint::ActualImportRunner</name>
    <message>
        <source>Importing “%1”…</source>
        <translation>Import de « %1 »…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing Actual Usage</source>
        <translation>Importer l&apos;utilisation réelle</translation>
    </message>
</context>
<context>
    <name>greenprint::AddScenario</name>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
</context>
<context>
    <name>greenprint::Advisor</name>
    <message>
        <source>On this plan it saves less than 0.5 % of the kgCO2e (%1 kgCO2e).</source>
        <translation>Sur ce plan, cela économise moins de 0,5 % des kgCO2e (%1 kgCO2e).</translation>
    </message>
    <message>
        <source>uses %1, which the project does not allow (allowed: %2)</source>
        <translation>utilise %1, que le projet n&apos;autorise pas (autorisé : %2)</translation>
    </message>
    <message>
        <source>may lower accuracy by an amount no source states, and the project must keep %1 % of the baseline score</source>
        <translation>peut réduire la précision d&apos;une valeur qu&apos;aucune source n&apos;indique, et le projet doit conserver %1 % du score de référence</translation>
    </message>
    <message>
        <source>keeps %1 % of the baseline score, below the project&apos;s floor of %2 %</source>
        <translation>conserve %1 % du score de référence, sous le plancher du projet de %2 %</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may slow responses past the project&apos;s ceiling of %2 ms</source>
        <translation>« %1 » peut ralentir les réponses au-delà du plafond du projet de %2 ms</translation>
    </message>
    <message>
        <source>On this plan it adds %1 kgCO2e: a cost saving that raises carbon.</source>
        <translation>Sur ce plan, elle ajoute %1 kgCO2e : une économie de coût qui augmente les émissions.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; puts the endpoints a median %2 ms round trip from users near %3 (region_latency.csv), past the project&apos;s ceiling of %4 ms</source>
        <translation>« %1 » place les points de terminaison à un aller-retour médian de %2 ms des utilisateurs proches de %3 (region_latency.csv), au-delà du plafond du projet de %4 ms</translation>
    </message>
    <message>
        <source>%1 is not offered in %2 (EC2 offerings of %3), and the best match the Region offers saves neither carbon nor cost there</source>
        <translation>%1 n’est pas proposé dans %2 (offres EC2 du %3), et la meilleure correspondance que la région propose n’y réduit ni les émissions ni le coût</translation>
    </message>
</context>
<context>
    <name>greenprint::AllowedRegionsDialog</name>
    <message>
        <source>Allowed Regions</source>
        <translation>Régions autorisées</translation>
    </message>
    <message>
        <source>Tick the regions the data and the workload may use (data residency), in the table or on the map. The region ranking, the advisor, the Pareto search and the PDF keep to them. No region ticked: any region.</source>
        <translation>Cochez les régions que les données et la charge de travail peuvent utiliser (résidence des données), dans le tableau ou sur la carte. Le classement des régions, les suggestions, la recherche de Pareto et le PDF s’y tiennent. Aucune région cochée : toute région.</translation>
    </message>
    <message>
        <source>Search region id, name or basis…</source>
        <translation>Rechercher un identifiant de région, un nom ou une base…</translation>
    </message>
    <message>
        <source>Search regions</source>
        <translation>Rechercher des régions</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Any Region</source>
        <translation>&amp;Toute région</translation>
    </message>
    <message>
        <source>Untick every region: the plan may use any region</source>
        <translation>Tout décocher : le plan peut utiliser toute région</translation>
    </message>
    <message>
        <source>Regions; tick the allowed ones</source>
        <translation>Régions ; cochez celles autorisées</translation>
    </message>
</context>
<context>
    <name>greenprint::ArchiveStorageRule</name>
    <message>
        <source>Archive &quot;%1&quot; in %2 if it is rarely read</source>
        <translation>Archiver « %1 » dans %2 s&apos;il est rarement lu</translation>
    </message>
    <message>
        <source>Archival storage classes are the energy-efficient tier for infrequently accessed data; S3 Intelligent-Tiering moves data between tiers by itself when access patterns change. AWS publishes no energy figure per storage class and the reference data gives every S3 class the same medium and replication, so only the cost changes here. Assumption: the data is read rarely.</source>
        <translation>Les classes de stockage d&apos;archivage sont le niveau économe en énergie pour les données rarement consultées ; S3 Intelligent-Tiering déplace lui-même les données entre niveaux quand les accès changent. AWS ne publie aucun chiffre d&apos;énergie par classe de stockage et les données de référence attribuent à chaque classe S3 le même support et la même réplication : seul le coût change ici. Hypothèse : les données sont rarement lues.</translation>
    </message>
    <message>
        <source>Retrieval takes minutes to hours and is billed per GB (not counted); objects are billed for at least 90 days.</source>
        <translation>La récupération prend de quelques minutes à quelques heures et est facturée au Go (non comptée) ; les objets sont facturés au moins 90 jours.</translation>
    </message>
    <message>
        <source>Archive rarely read data in an archival storage class</source>
        <translation>Archiver les données rarement lues dans une classe de stockage d&apos;archivage</translation>
    </message>
</context>
<context>
    <name>greenprint::AssumptionsView</name>
    <message>
        <source>Assumptions of the estimate</source>
        <translation>Hypothèses de l&apos;estimation</translation>
    </message>
    <message numerus="yes">
        <source>The estimate relies on %n assumption(s):</source>
        <translation>
            <numerusform>L&apos;estimation repose sur %n hypothèse :</numerusform>
            <numerusform>L&apos;estimation repose sur %n hypothèses :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::AsyncEndpointRule</name>
    <message>
        <source>Serve &quot;%1&quot; from an asynchronous endpoint that scales to zero</source>
        <translation>Servir « %1 » depuis un point de terminaison asynchrone qui descend à zéro</translation>
    </message>
    <message>
        <source>The endpoint is busy %1 of its %2 hours. An asynchronous endpoint queues requests and can scale its instances to zero between bursts; the copy provisions it for the %3 busy hours only. Assumption: no warm-up or cool-down time. Not counted: the batching a queue allows (measured on an H100, batch 32 used %4 less energy per sample than batch 1).</source>
        <translation>Le point de terminaison est occupé %1 de ses %2 heures. Un point de terminaison asynchrone met les requêtes en file d&apos;attente et peut réduire ses instances à zéro entre les pics ; la copie ne le provisionne que pour les %3 heures occupées. Hypothèse : aucun temps de montée ni de descente. Non compté : le traitement par lots permis par une file (mesuré sur un H100, un lot de 32 consommait %4 d&apos;énergie de moins par échantillon qu&apos;un lot de 1).</translation>
    </message>
    <message>
        <source>Callers get results later (seconds to minutes when scaled to zero); only for users who can tolerate some latency.</source>
        <translation>Les appelants reçoivent les résultats plus tard (de quelques secondes à quelques minutes après une mise à zéro) ; uniquement pour des utilisateurs qui tolèrent une certaine latence.</translation>
    </message>
    <message>
        <source>Serve from asynchronous endpoints that scale to zero</source>
        <translation>Servir depuis des points de terminaison asynchrones qui descendent à zéro</translation>
    </message>
</context>
<context>
    <name>greenprint::AtomicFile</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written</source>
        <translation>seuls %1 octets sur %2 ont pu être écrits</translation>
    </message>
</context>
<context>
    <name>greenprint::AutosaveController</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>impossible de créer le dossier de récupération %1</translation>
    </message>
    <message>
        <source>cannot lock the recovery file in %1</source>
        <translation>impossible de verrouiller le fichier de récupération dans %1</translation>
    </message>
    <message>
        <source>cannot write the recovery file: %1</source>
        <translation>impossible d&apos;écrire le fichier de récupération : %1</translation>
    </message>
</context>
<context>
    <name>greenprint::AutoscalingRule</name>
    <message>
        <source>Traffic spikes wait for scale-out (minutes); keep a minimum capacity for availability.</source>
        <translation>Les pics de trafic attendent l&apos;augmentation de capacité (quelques minutes) ; gardez une capacité minimale pour la disponibilité.</translation>
    </message>
    <message numerus="yes">
        <source>Autoscale &quot;%1&quot;: about %n instance(s) instead of %2</source>
        <translation>
            <numerusform>Mise à l&apos;échelle automatique de « %1 » : environ %n instance au lieu de %2</numerusform>
            <numerusform>Mise à l&apos;échelle automatique de « %1 » : environ %n instances au lieu de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The endpoint is busy %1 of the time. Target-tracking autoscaling (with the instance type from Inference Recommender) keeps only the instances the traffic needs; the copy runs %n instance(s) on average. Assumption: the load is spread evenly and packs at up to 75 % utilization.</source>
        <translation>
            <numerusform>Le point de terminaison est occupé %1 du temps. La mise à l&apos;échelle automatique avec suivi de cible (avec le type d&apos;instance proposé par Inference Recommender) ne garde que les instances nécessaires au trafic ; la copie fait tourner %n instance en moyenne. Hypothèse : la charge est répartie uniformément et regroupée jusqu&apos;à 75 % d&apos;utilisation.</numerusform>
            <numerusform>Le point de terminaison est occupé %1 du temps. La mise à l&apos;échelle automatique avec suivi de cible (avec le type d&apos;instance proposé par Inference Recommender) ne garde que les instances nécessaires au trafic ; la copie fait tourner %n instances en moyenne. Hypothèse : la charge est répartie uniformément et regroupée jusqu&apos;à 75 % d&apos;utilisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Autoscale the endpoints</source>
        <translation>Mettre les points de terminaison à l&apos;échelle automatiquement</translation>
    </message>
</context>
<context>
    <name>greenprint::BackgroundRead</name>
    <message>
        <source>Reading “%1” (%2 MiB)…</source>
        <translation>Lecture de « %1 » (%2 Mio)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opening Project</source>
        <translation>Ouverture du projet</translation>
    </message>
</context>
<context>
    <name>greenprint::BandDrivers</name>
    <message>
        <source>Fraction of peak</source>
        <translation>Part de la crête</translation>
    </message>
    <message>
        <source>Instance power</source>
        <translation>Puissance de l’instance</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>Intensité du réseau</translation>
    </message>
    <message>
        <source>How much of its peak a job sized from work reaches: the P10 to P90 spread of the fit on published runs, or the class range where no fit applies. It sets the hours and the load together.</source>
        <translation>La part de sa crête qu’atteint une tâche dimensionnée par son travail : l’écart P10 à P90 de l’ajustement sur des exécutions publiées, ou la plage de sa classe là où aucun ajustement ne s’applique. Elle fixe à la fois les heures et la charge.</translation>
    </message>
    <message>
        <source>The power model&apos;s range at the component&apos;s load: measured, interpolated or derived, as the instance table says.</source>
        <translation>La plage du modèle de puissance à la charge du composant : mesurée, interpolée ou dérivée, selon la table des instances.</translation>
    </message>
    <message>
        <source>The spread between the grid-intensity datasets that cover the Region.</source>
        <translation>L’écart entre les jeux de données d’intensité du réseau qui couvrent la région.</translation>
    </message>
</context>
<context>
    <name>greenprint::BatchTransformRule</name>
    <message>
        <source>Run &quot;%1&quot; as a batch transform job</source>
        <translation>Exécuter « %1 » comme tâche de transformation par lots</translation>
    </message>
    <message>
        <source>When results are not needed in real time, batch transform runs the %1 requests in large batches and decommissions the cluster when the job ends; the copy counts the busy hours of the work at full load instead of %2 provisioned hours. Measured on an H100, batch 32 used %3 less energy per sample than batch 1, so the saving per request can be larger than counted.</source>
        <translation>Quand les résultats ne sont pas nécessaires en temps réel, la transformation par lots traite les %1 requêtes en grands lots et libère le cluster à la fin de la tâche ; la copie compte les heures occupées du travail à pleine charge au lieu de %2 heures provisionnées. Mesuré sur un H100, un lot de 32 consommait %3 d&apos;énergie de moins par échantillon qu&apos;un lot de 1 : l&apos;économie par requête peut donc dépasser celle comptée.</translation>
    </message>
    <message>
        <source>Not real time: results arrive when the batch job runs.</source>
        <translation>Pas de temps réel : les résultats arrivent à l&apos;exécution de la tâche par lots.</translation>
    </message>
    <message>
        <source>Run inference as batch transform jobs</source>
        <translation>Exécuter l&apos;inférence en tâches de transformation par lots</translation>
    </message>
</context>
<context>
    <name>greenprint::BayesianTuningRule</name>
    <message>
        <source>Bayesian search for &quot;%1&quot;: %2 trials instead of %3</source>
        <translation>Recherche bayésienne pour « %1 » : %2 essais au lieu de %3</translation>
    </message>
    <message>
        <source>Bayesian search picks each trial from the results of the previous ones and typically needs %1x fewer training jobs than random search (C18).</source>
        <translation>La recherche bayésienne choisit chaque essai d&apos;après les résultats des précédents et nécessite généralement %1x moins de tâches d&apos;entraînement que la recherche aléatoire (C18).</translation>
    </message>
    <message>
        <source>No source gives the ratio against grid search; the copy applies the random-search ratio.</source>
        <translation>Aucune source ne donne le rapport par rapport à la recherche par grille ; la copie applique celui de la recherche aléatoire.</translation>
    </message>
    <message>
        <source>Trials run more sequentially (less parallelism), so the search can take longer in wall-clock time.</source>
        <translation>Les essais s&apos;exécutent davantage à la suite (moins de parallélisme) : la recherche peut durer plus longtemps.</translation>
    </message>
    <message>
        <source>Tune with Bayesian search</source>
        <translation>Régler par recherche bayésienne</translation>
    </message>
</context>
<context>
    <name>greenprint::Calibration</name>
    <message numerus="yes">
        <source>%1 (%2, %3 to %4, %n record(s))</source>
        <translation>
            <numerusform>%1 (%2, du %3 au %4, %n enregistrement)</numerusform>
            <numerusform>%1 (%2, du %3 au %4, %n enregistrements)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: measured %2 h per trial and instance (the plan assumed %3 h), from %4</source>
        <translation>« %1 » : %2 h mesurées par essai et par instance (le plan supposait %3 h), d&apos;après %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: measured %2 h per instance (the plan assumed %3 h), from %4</source>
        <translation>« %1 » : %2 h mesurées par instance (le plan supposait %3 h), d&apos;après %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: measured utilization %2 % (the plan assumed %3 %), from %4</source>
        <translation>« %1 » : utilisation mesurée %2 % (le plan supposait %3 %), d&apos;après %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: measured average power %2 W per instance replaces the power model (%3 W at the plan&apos;s load), from %4; its utilization no longer changes its energy</source>
        <translation>« %1 » : la puissance moyenne mesurée de %2 W par instance remplace le modèle de puissance (%3 W à la charge du plan), d&apos;après %4 ; son utilisation ne change plus son énergie</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 was changed after calibration (measured %3 from %4); it is not counted as measured</source>
        <translation>« %1 » : %2 a été modifié(e) après la calibration (mesure %3 d&apos;après %4) ; la valeur ne compte plus comme mesurée</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>utilisation</translation>
    </message>
    <message>
        <source>power</source>
        <translation>puissance</translation>
    </message>
</context>
<context>
    <name>greenprint::CatalogPickerDialog</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Chosen: none</source>
        <translation>Choix : aucun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Choix : %1</translation>
    </message>
    <message>
        <source>Chosen: %1, hidden by the search</source>
        <translation>Choix : %1, masqué par la recherche</translation>
    </message>
</context>
<context>
    <name>greenprint::CcfProfile</name>
    <message>
        <source>CCF emission factor</source>
        <translation>Facteur d&apos;émission CCF</translation>
    </message>
    <message>
        <source>CCF &quot;Unknown&quot; factor</source>
        <translation>Facteur CCF « Unknown »</translation>
    </message>
    <message>
        <source>CCF gives a single figure, so low = central = high. Market-based figures apply AWS&apos;s renewable matching to CCF&apos;s location-based result (CCF reports no market-based figure).</source>
        <translation>CCF donne une seule valeur, donc basse = centrale = haute. Les valeurs fondées sur le marché appliquent la couverture renouvelable d’AWS au résultat de CCF basé sur la localisation (CCF ne publie pas de valeur fondée sur le marché).</translation>
    </message>
    <message>
        <source>%1: as CCF does for SageMaker usage, &quot;ml.&quot; is stripped to find the vCPUs and GPUs, but the processors are looked up under the full name, which CCF does not list: its average watts, and no memory</source>
        <translation>%1 : comme CCF le fait pour l’usage SageMaker, « ml. » est retiré pour trouver les vCPU et les GPU, mais les processeurs sont cherchés sous le nom complet, que CCF ne liste pas : ses watts moyens, et pas de mémoire</translation>
    </message>
    <message>
        <source>%1: CCF has no watts for its processors; CCF&apos;s averages (%2–%3 W per vCPU) are used, as CCF does</source>
        <translation>%1 : CCF n’a pas de watts pour ses processeurs ; ses moyennes (%2–%3 W par vCPU) sont utilisées, comme le fait CCF</translation>
    </message>
    <message>
        <source>%1: CCF has no watts for its GPUs; as CCF&apos;s code does, its average CPU watts are used per GPU</source>
        <translation>%1 : CCF n’a pas de watts pour ses GPU ; comme le fait le code de CCF, ses watts moyens de CPU sont utilisés par GPU</translation>
    </message>
    <message>
        <source>%1: burstable; CCF counts its %2 % baseline of %3 vCPUs</source>
        <translation>%1 : instance à performances extensibles ; CCF compte sa ligne de base de %2 % des %3 vCPU</translation>
    </message>
    <message>
        <source>%1: not in CCF&apos;s instance list; the power figures of your catalog are used (Greenprint&apos;s extrapolation, not CCF&apos;s)</source>
        <translation>%1 : absent de la liste d’instances de CCF ; les puissances de votre catalogue sont utilisées (extrapolation de Greenprint, pas de CCF)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not covered by CCF (%2 lists no such type): CCF would estimate it only from the vCPU count of the bill. Greenprint&apos;s extrapolation: its %3 vCPUs at CCF&apos;s average watts; accelerators, memory and embodied emissions are not counted</source>
        <translation>« %1 » n’est pas couvert par CCF (%2 ne liste pas ce type) : CCF ne l’estimerait qu’à partir du nombre de vCPU de la facture. Extrapolation de Greenprint : ses %3 vCPU aux watts moyens de CCF ; accélérateurs, mémoire et émissions intrinsèques ne sont pas comptés</translation>
    </message>
    <message>
        <source>%1: CCF lists no factor; its &quot;Unknown&quot; average is used, as CCF does</source>
        <translation>%1 : CCF ne liste pas de facteur ; sa moyenne « Unknown » est utilisée, comme le fait CCF</translation>
    </message>
    <message>
        <source>Cloud Carbon Footprint profile: reproduces %1 (npm), its instance list, coefficients and code path; utilization fixed at CCF&apos;s %2 %, PUE %3, CCF&apos;s emission factors.</source>
        <translation>Profil Cloud Carbon Footprint : reproduit %1 (npm), sa liste d’instances, ses coefficients et son code ; utilisation fixée aux %2 % de CCF, PUE %3, facteurs d’émission de CCF.</translation>
    </message>
    <message>
        <source>CCF embodied emissions: its scope-3 figure of the server x hours / vCPUs / %1 h x vCPUs / the family&apos;s largest vCPUs, as CCF&apos;s code computes it (CCF fixes the server life at %1 h; the project&apos;s %2-year setting applies to the greenprint profile only).</source>
        <translation>Émissions intrinsèques de CCF : son chiffre de scope 3 du serveur x heures / vCPU / %1 h x vCPU / vCPU de la plus grande taille de la famille, comme le calcule le code de CCF (CCF fixe la durée de vie du serveur à %1 h ; le réglage de %2 ans du projet ne s’applique qu’au profil greenprint).</translation>
    </message>
    <message>
        <source>As CCF does, the energy includes embodied emissions converted to kWh at the region&apos;s factor; that part is not electricity drawn.</source>
        <translation>Comme chez CCF, l’énergie inclut les émissions intrinsèques converties en kWh au facteur de la région ; cette part n’est pas de l’électricité consommée.</translation>
    </message>
    <message>
        <source>Cloud Carbon Footprint method, reproducing %1 (npm) over CCF&apos;s own instance list and tables: per-vCPU min/max watts of the type&apos;s processors at %2 % utilization, GPUs and memory as CCF counts them, CCF&apos;s PUE, emission factors and embodied emissions as its code computes them (also reported as energy, as CCF does), so that the numbers match that tool. A type CCF does not list is flagged.</source>
        <translation>Méthode Cloud Carbon Footprint, reproduisant %1 (npm) sur la liste d’instances et les tables de CCF : watts min./max. par vCPU des processeurs du type à %2 % d’utilisation, GPU et mémoire comptés comme CCF le fait, PUE, facteurs d’émission et émissions intrinsèques de CCF calculés comme son code (aussi comptés comme énergie, comme le fait CCF), afin que les chiffres correspondent à cet outil. Un type que CCF ne liste pas est signalé.</translation>
    </message>
    <message>
        <source>CCF</source>
        <translation>CCF</translation>
    </message>
</context>
<context>
    <name>greenprint::Charts</name>
    <message>
        <source>million %1</source>
        <translation>millions de %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>milliers de %1</translation>
    </message>
</context>
<context>
    <name>greenprint::ComparisonCharts</name>
    <message>
        <source>Carbon per stage, baseline against scenario</source>
        <translation>Émissions par étape, référence face au scénario</translation>
    </message>
    <message>
        <source>No scenario to compare</source>
        <translation>Aucun scénario à comparer</translation>
    </message>
    <message>
        <source>Carbon per stage, baseline and scenario (%1)</source>
        <translation>Émissions par étape, référence et scénario (%1)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>%1 (operational %2, embodied %3)</source>
        <translation>%1 (opérationnelles %2, intrinsèques %3)</translation>
    </message>
    <message>
        <source>%1
Baseline: %2
Scenario: %3</source>
        <translation>%1
Référence : %2
Scénario : %3</translation>
    </message>
</context>
<context>
    <name>greenprint::ComponentForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>A name for this component, shown in the stage navigator and in reports.</source>
        <translation>Un nom pour ce composant, affiché dans le navigateur des étapes et dans les rapports.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Pick an instance type from the catalog</source>
        <translation>Choisir un type d&apos;instance dans le catalogue</translation>
    </message>
    <message>
        <source>Choose instance type</source>
        <translation>Choisir le type d&apos;instance</translation>
    </message>
    <message>
        <source>&amp;Instance type:</source>
        <translation>Type d&apos;&amp;instance :</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Si&amp;ze by:</source>
        <translation>Dimensionner &amp;par :</translation>
    </message>
    <message>
        <source>State the hours, or the work (model size and tokens) from which the hours follow through the instance&apos;s accelerator throughput. Changing the instance then changes the hours by the throughput ratio.</source>
        <translation>Indiquez les heures, ou le travail (taille du modèle et jetons) dont découlent les heures selon le débit de l&apos;accélérateur de l&apos;instance. Changer d&apos;instance modifie alors les heures selon le rapport des débits.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inférence</translation>
    </message>
    <message>
        <source>&amp;Work kind:</source>
        <translation>Nature du &amp;travail :</translation>
    </message>
    <message>
        <source>Training: FLOPs = 6 × parameters × tokens × epochs. Inference: FLOPs = 2 × parameters × tokens per request × requests.</source>
        <translation>Entraînement : FLOPs = 6 × paramètres × jetons × époques. Inférence : FLOPs = 2 × paramètres × jetons par requête × requêtes.</translation>
    </message>
    <message>
        <source>P&amp;arameters:</source>
        <translation>P&amp;aramètres :</translation>
    </message>
    <message>
        <source> billion</source>
        <translation> Md</translation>
    </message>
    <message>
        <source>Model parameters, in billions (e.g. 0.34 for BERT-large, 7 for a 7B model).</source>
        <translation>Paramètres du modèle, en milliards (p. ex. 0,34 pour BERT-large, 7 pour un modèle 7B).</translation>
    </message>
    <message>
        <source>Training to&amp;kens:</source>
        <translation>&amp;Jetons d&apos;entraînement :</translation>
    </message>
    <message>
        <source> billion per epoch</source>
        <translation> Md par époque</translation>
    </message>
    <message>
        <source>Tokens seen in one epoch, in billions.</source>
        <translation>Jetons vus en une époque, en milliards.</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>Épo&amp;ques :</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <source>Passes over the training tokens.</source>
        <translation>Passages sur les jetons d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Re&amp;quests:</source>
        <translation>Re&amp;quêtes :</translation>
    </message>
    <message>
        <source> million</source>
        <translation> M</translation>
    </message>
    <message>
        <source>Requests served, in millions (over the hours provisioned for an endpoint).</source>
        <translation>Requêtes servies, en millions (sur les heures provisionnées d&apos;un point de terminaison).</translation>
    </message>
    <message>
        <source>To&amp;kens per request:</source>
        <translation>Je&amp;tons par requête :</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <source>Tokens processed per request (prompt and output).</source>
        <translation>Jetons traités par requête (invite et sortie).</translation>
    </message>
    <message>
        <source>P&amp;recision:</source>
        <translation>P&amp;récision :</translation>
    </message>
    <message>
        <source>Number format of the job; the accelerator&apos;s peak throughput at this precision sizes the hours (int8 in TOPS).</source>
        <translation>Format numérique de la tâche ; le débit crête de l&apos;accélérateur à cette précision dimensionne les heures (int8 en TOPS).</translation>
    </message>
    <message>
        <source>Derived:</source>
        <translation>Déduit :</translation>
    </message>
    <message>
        <source>From the live estimate: hours = FLOPs ÷ (instances × peak TFLOPS × achieved fraction of peak, MFU). Read-only.</source>
        <translation>D&apos;après l&apos;estimation en direct : heures = FLOPs ÷ (instances × TFLOPS crête × fraction de crête atteinte, MFU). Lecture seule.</translation>
    </message>
    <message>
        <source>The hours cannot be derived: %1.</source>
        <translation>Les heures ne peuvent pas être déduites : %1.</translation>
    </message>
    <message>
        <source>The hours cannot be derived (see Issues).</source>
        <translation>Les heures ne peuvent pas être déduites (voir Problèmes).</translation>
    </message>
    <message>
        <source>at %1 % of %2 TFLOPS peak</source>
        <translation>à %1 % de %2 TFLOPS crête</translation>
    </message>
    <message>
        <source>≈ %1 h per trial
%2
%3 h per instance, all trials</source>
        <translation>≈ %1 h par essai
%2
%3 h par instance, tous essais</translation>
    </message>
    <message>
        <source>≈ %1 h busy
%2
%3 h of capacity counted</source>
        <translation>≈ %1 h occupées
%2
%3 h de capacité comptées</translation>
    </message>
    <message>
        <source>≈ %1 h per instance
%2</source>
        <translation>≈ %1 h par instance
%2</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>accelerator load %1 % on the power curve</source>
        <translation>charge des accélérateurs %1 % sur la courbe de puissance</translation>
    </message>
    <message>
        <source>at %1 TFLOPS sustained
(a published achieved rate, not a peak)</source>
        <translation>à %1 TFLOPS soutenus
(un débit atteint publié, pas une crête)</translation>
    </message>
    <message>
        <source>Acti&amp;ve parameters:</source>
        <translation>Paramètres acti&amp;fs :</translation>
    </message>
    <message>
        <source>All (dense)</source>
        <translation>Tous (dense)</translation>
    </message>
    <message>
        <source>Mixture of experts: the parameters each token passes through, in billions (e.g. 3 for a 30B-A3B model). FLOPs count these; memory holds all parameters. Unset: a dense model.</source>
        <translation>Mélange d’experts : les paramètres que traverse chaque jeton, en milliards (p. ex. 3 pour un modèle 30B-A3B). Les FLOPs comptent ceux-ci ; la mémoire contient tous les paramètres. Non défini : un modèle dense.</translation>
    </message>
    <message>
        <source>Not served token by token</source>
        <translation>Non servi jeton par jeton</translation>
    </message>
    <message>
        <source>Of the tokens per request, those generated one at a time. Set, the request is served as a language model serves it: the prompt in one compute-bound pass, each output token in a decode step bound by memory bandwidth. Unset: one pass over all tokens.</source>
        <translation>Parmi les jetons par requête, ceux générés un à un. Défini, la requête est servie comme un modèle de langage la sert : l’invite en une passe limitée par le calcul, chaque jeton de sortie en une étape de décodage limitée par la bande passante mémoire. Non défini : une passe sur tous les jetons.</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Taille de &amp;lot :</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> requêtes</translation>
    </message>
    <message>
        <source>1 (assumed)</source>
        <translation>1 (hypothèse)</translation>
    </message>
    <message>
        <source>Requests one model replica decodes together (batch or concurrency). Larger batches share each read of the weights: far less energy per token. Unset: 1, one request at a time, listed under the assumptions.</source>
        <translation>Requêtes qu’une réplique du modèle décode ensemble (lot ou concurrence). Des lots plus grands partagent chaque lecture des poids : bien moins d’énergie par jeton. Non défini : 1, une requête à la fois, listé parmi les hypothèses.</translation>
    </message>
    <message>
        <source>Output tokens p&amp;er request:</source>
        <translation>Jetons de sortie par r&amp;equête :</translation>
    </message>
    <message>
        <source> million / month</source>
        <translation> million / mois</translation>
    </message>
    <message>
        <source>Traffic in millions of requests per month (730 h), over the hours provisioned: 2 million a month for a year (8760 h) serves 24 million.</source>
        <translation>Trafic en millions de requêtes par mois (730 h), sur les heures provisionnées : 2 millions par mois pendant un an (8760 h) en servent 24 millions.</translation>
    </message>
    <message>
        <source>Trainab&amp;le parameters:</source>
        <translation>Paramètres entraîna&amp;bles :</translation>
    </message>
    <message>
        <source>All (full training)</source>
        <translation>Tous (entraînement complet)</translation>
    </message>
    <message>
        <source>LoRA or adapter fine-tuning: the parameters whose weights are trained, in millions (e.g. 4.2 for rank-8 LoRA on the query and value projections of a 7B model). Weight gradients are computed for these only, so FLOPs per token fall from 6 × parameters towards 4 ×. Unset: all parameters are trained.</source>
        <translation>Ajustement LoRA ou par adaptateurs : les paramètres dont les poids sont entraînés, en millions (p. ex. 4,2 pour un LoRA de rang 8 sur les projections query et value d’un modèle 7B). Les gradients des poids ne sont calculés que pour eux : les FLOPs par jeton passent de 6 × paramètres vers 4 ×. Non défini : tous les paramètres sont entraînés.</translation>
    </message>
    <message>
        <source>Sequence len&amp;gth:</source>
        <translation>Lon&amp;gueur de séquence :</translation>
    </message>
    <message>
        <source>Attention not counted</source>
        <translation>Attention non comptée</translation>
    </message>
    <message>
        <source>Tokens per training sequence. With the layers and the hidden size, attention adds 12 × layers × hidden size × sequence length FLOPs per token (PaLM, appendix B): 15 % more for a 7B model at 4k tokens, more than double at 32k. Unset: 6 × parameters per token.</source>
        <translation>Jetons par séquence d’entraînement. Avec les couches et la taille cachée, l’attention ajoute 12 × couches × taille cachée × longueur de séquence FLOPs par jeton (PaLM, annexe B) : 15 % de plus pour un modèle 7B à 4k jetons, plus du double à 32k. Non défini : 6 × paramètres par jeton.</translation>
    </message>
    <message>
        <source>La&amp;yers:</source>
        <translation>Cou&amp;ches :</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> couches</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Transformer layers of the model (num_hidden_layers in its configuration); with the sequence length and the hidden size.</source>
        <translation>Couches transformer du modèle (num_hidden_layers dans sa configuration) ; avec la longueur de séquence et la taille cachée.</translation>
    </message>
    <message>
        <source>Hi&amp;dden size:</source>
        <translation>Taille ca&amp;chée :</translation>
    </message>
    <message>
        <source>Attention heads × head dimension (hidden_size in most model configurations); with the sequence length and the layers.</source>
        <translation>Têtes d’attention × dimension par tête (hidden_size dans la plupart des configurations de modèle) ; avec la longueur de séquence et les couches.</translation>
    </message>
    <message>
        <source>load %1 % on the power curve, the method&apos;s own
(the work implies %2 %)</source>
        <translation>charge de %1 % sur la courbe de puissance, celle de la méthode
(le travail implique %2 %)</translation>
    </message>
    <message>
        <source>Busy-time &amp;factor:</source>
        <translation>&amp;Facteur de temps d&apos;occupation :</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>None (× 1)</source>
        <translation>Aucun (× 1)</translation>
    </message>
    <message>
        <source>The same work in a fraction of the time, at the load the work implies: an optimization&apos;s measured effect, such as a compiled or quantized model (0.87 = 13 % less busy time). The advisor&apos;s compile, quantize and mixed-precision copies set it, with its source. Unset: the hours the work implies.</source>
        <translation>Le même travail en une fraction du temps, à la charge qu&apos;implique le travail : l&apos;effet mesuré d&apos;une optimisation, comme un modèle compilé ou quantifié (0,87 = 13 % de temps d&apos;occupation en moins). Les copies de compilation, de quantification et de précision mixte du conseiller le fixent, avec sa source. Non défini : les heures qu&apos;implique le travail.</translation>
    </message>
    <message>
        <source>no source stated</source>
        <translation>aucune source indiquée</translation>
    </message>
    <message>
        <source>busy time × %1
(%2)</source>
        <translation>temps d&apos;occupation × %1
(%2)</translation>
    </message>
    <message>
        <source>Accelerator &amp;load:</source>
        <translation>&amp;Charge de l&apos;accélérateur :</translation>
    </message>
    <message>
        <source>Derived from the work</source>
        <translation>Déduite du travail</translation>
    </message>
    <message>
        <source>The load on the accelerators&apos; power curve while the job is busy. Greenprint derives it from the same achieved fraction of peak that sets the hours (shown under Derived). Set by hand, time and power no longer follow one model, and the estimate warns. Unset: derived from the work.</source>
        <translation>La charge sur la courbe de puissance des accélérateurs pendant que la tâche s&apos;exécute. Greenprint la déduit de la même fraction atteinte du pic qui fixe les heures (affichée sous Déduit). Fixée à la main, le temps et la puissance ne suivent plus un seul modèle, et l&apos;estimation avertit. Non définie : déduite du travail.</translation>
    </message>
</context>
<context>
    <name>greenprint::ComputeForm</name>
    <message>
        <source>The EC2 instance type. Its idle and maximum power, embodied carbon and price come from the reference data or your own catalog.</source>
        <translation>Le type d&apos;instance EC2. Ses puissances au repos et maximale, ses émissions intrinsèques et son prix viennent des données de référence ou de votre propre catalogue.</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Nombre :</translation>
    </message>
    <message>
        <source> instances</source>
        <translation> instances</translation>
    </message>
    <message>
        <source>How many instances run in parallel.</source>
        <translation>Nombre d&apos;instances qui tournent en parallèle.</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Heures :</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Utilization:</source>
        <translation>&amp;Utilisation :</translation>
    </message>
    <message>
        <source>Average load of each instance over those hours; power is interpolated between idle (0 %) and maximum (100 %).</source>
        <translation>Charge moyenne de chaque instance pendant ces heures ; la puissance est interpolée entre le repos (0 %) et le maximum (100 %).</translation>
    </message>
    <message>
        <source>&amp;Measured power:</source>
        <translation>&amp;Puissance mesurée :</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Non mesurée</translation>
    </message>
    <message>
        <source>Average power you measured per instance (watts, before PUE). Replaces the utilization-based estimate when set.</source>
        <translation>Puissance moyenne que vous avez mesurée par instance (watts, avant PUE). Remplace l&apos;estimation fondée sur l&apos;utilisation lorsqu&apos;elle est renseignée.</translation>
    </message>
    <message>
        <source>&amp;Pricing:</source>
        <translation>&amp;Tarification :</translation>
    </message>
    <message>
        <source>On-Demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Spot</translation>
    </message>
    <message>
        <source>Spot capacity is billed at the spot discount; energy and carbon are the same.</source>
        <translation>La capacité Spot est facturée avec la remise Spot ; l&apos;énergie et les émissions sont les mêmes.</translation>
    </message>
    <message>
        <source>Wall-clock hours each instance runs (each run, for a recurring job).</source>
        <translation>Heures d&apos;horloge de chaque instance (par exécution, pour une tâche récurrente).</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Exécutions :</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>A job that runs again and again (a weekly ETL, a nightly retraining): the hours or work above are one run&apos;s, and the estimate counts every run.</source>
        <translation>Une tâche qui s&apos;exécute encore et encore (un ETL hebdomadaire, un réentraînement chaque nuit) : les heures ou le travail ci-dessus sont ceux d&apos;une exécution, et l&apos;estimation compte chaque exécution.</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>Pend&amp;ant :</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>How long the job keeps recurring. A month is 730 h (8760 h / 12), so weekly for 12 months is 52.1 runs and daily for 12 months 365.</source>
        <translation>Durée pendant laquelle la tâche se répète. Un mois compte 730 h (8760 h / 12) : hebdomadaire pendant 12 mois fait donc 52,1 exécutions, quotidien pendant 12 mois 365.</translation>
    </message>
    <message>
        <source>Run count:</source>
        <translation>Nombre d&apos;exécutions :</translation>
    </message>
    <message>
        <source>Runs the estimate counts: the months × 730 h divided by the hours between runs (24, 168 or 730).</source>
        <translation>Exécutions comptées par l&apos;estimation : les mois × 730 h divisés par les heures entre deux exécutions (24, 168 ou 730).</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 exécutions</translation>
    </message>
</context>
<context>
    <name>greenprint::ConstraintsForm</name>
    <message>
        <source>&amp;Latency ceiling:</source>
        <translation>Plafond de &amp;latence :</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>The slowest acceptable response of the inference endpoints, in milliseconds. Suggestions that may slow responses past it (batch, asynchronous or serverless serving) are not offered. None: no ceiling.</source>
        <translation>La réponse la plus lente acceptable des points de terminaison d’inférence, en millisecondes. Les suggestions qui peuvent ralentir les réponses au-delà (traitement par lots, asynchrone ou sans serveur) ne sont pas proposées. Aucun : pas de plafond.</translation>
    </message>
    <message>
        <source>Accuracy &amp;floor:</source>
        <translation>Plancher de &amp;précision :</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of the baseline model&apos;s score that must be kept, in percent. Suggestions that may lower accuracy below it, or by an amount no source states, are not offered. None: accuracy may be traded, and the advisor asks before it does.</source>
        <translation>La part du score du modèle de référence qui doit être conservée, en pourcentage. Les suggestions qui peuvent faire baisser la précision en dessous, ou d’une quantité qu’aucune source n’indique, ne sont pas proposées. Aucun : la précision peut être échangée, et le conseiller le demande d’abord.</translation>
    </message>
    <message>
        <source>Edge devices:</source>
        <translation>Appareils en périphérie :</translation>
    </message>
    <message>
        <source>Served to &amp;edge devices</source>
        <translation>Servi à des appareils en &amp;périphérie</translation>
    </message>
    <message>
        <source>The model runs on devices (IoT, phones, cameras): the advisor may then offer compiling it for the edge.</source>
        <translation>Le modèle s’exécute sur des appareils (IoT, téléphones, caméras) : le conseiller peut alors proposer de le compiler pour la périphérie.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose allowed regions</source>
        <translation>Choisir les régions autorisées</translation>
    </message>
    <message>
        <source>Tick the allowed regions in a table or on the map</source>
        <translation>Cocher les régions autorisées dans un tableau ou sur la carte</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Toute région</translation>
    </message>
    <message>
        <source>The regions the data and the workload may use (data residency), separated by commas. Empty: any region. The region ranking, the advisor and the Pareto search consider only these.</source>
        <translation>Les régions que les données et la charge de travail peuvent utiliser (résidence des données), séparées par des virgules. Vide : toute région. Le classement des régions, les suggestions et la recherche de Pareto ne considèrent que celles-ci.</translation>
    </message>
    <message>
        <source>Allowed re&amp;gions:</source>
        <translation>Régions &amp;autorisées :</translation>
    </message>
    <message>
        <source>Allowed regions</source>
        <translation>Régions autorisées</translation>
    </message>
    <message>
        <source>&amp;Users near:</source>
        <translation>&amp;Utilisateurs près de :</translation>
    </message>
    <message>
        <source>The AWS Region nearest the users of the endpoints. A latency ceiling is checked from there with the measured round trip between regions (cloudping.co): a move of the endpoints is dropped only when it exceeds the ceiling. Empty: the users are taken to be near the endpoints&apos; current region.</source>
        <translation>La région AWS la plus proche des utilisateurs des points de terminaison. Le plafond de latence est vérifié depuis celle-ci avec l’aller-retour mesuré entre régions (cloudping.co) : un déplacement des points de terminaison n’est écarté que s’il le dépasse. Vide : les utilisateurs sont supposés proches de la région actuelle des points de terminaison.</translation>
    </message>
    <message>
        <source>The endpoints&apos; region</source>
        <translation>Région des points de terminaison</translation>
    </message>
</context>
<context>
    <name>greenprint::CsvReader</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n&apos;est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>the record has %1 fields, the header has %2</source>
        <translation>l&apos;enregistrement a %1 champs, l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and double the quote</source>
        <translation>guillemet dans un champ sans guillemets ; mettez tout le champ entre guillemets et doublez le guillemet</translation>
    </message>
    <message>
        <source>unexpected character after the closing quote of a field</source>
        <translation>caractère inattendu après le guillemet fermant d&apos;un champ</translation>
    </message>
    <message>
        <source>the quoted field starting here is not closed before the end of the file</source>
        <translation>le champ entre guillemets commençant ici n&apos;est pas fermé avant la fin du fichier</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>le fichier n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
</context>
<context>
    <name>greenprint::Dashboard</name>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>CO₂e</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Hover a bar for the stage&apos;s low–high range and market-based carbon.</source>
        <translation>Survolez une barre pour voir la fourchette basse–haute de l&apos;étape et les émissions fondées sur le marché.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Range %1 (low–high)</source>
        <translation>Fourchette %1 (basse–haute)</translation>
    </message>
    <message>
        <source>IT %1 before PUE</source>
        <translation>IT %1 avant PUE</translation>
    </message>
    <message>
        <source>Market-based (%1): %2</source>
        <translation>Fondé sur le marché (%1) : %2</translation>
    </message>
    <message>
        <source>List prices, no range</source>
        <translation>Prix catalogue, sans fourchette</translation>
    </message>
    <message>
        <source>On-demand and spot as planned</source>
        <translation>À la demande et Spot comme prévu</translation>
    </message>
    <message>
        <source>Operational %1, embodied %2%3 (over %4 years). %5 method, grid intensity: %6 dataset.</source>
        <translation>Opérationnelles %1, intrinsèques %2%3 (sur %4 ans). Méthode %5, intensité du réseau : jeu de données %6.</translation>
    </message>
    <message>
        <source> (not included)</source>
        <translation> (non inclus)</translation>
    </message>
    <message>
        <source>Some component could not be estimated: see Issues</source>
        <translation>Un composant n’a pas pu être estimé : voir Problèmes</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimé</translation>
    </message>
    <message>
        <source>Market-based (%1): not estimated</source>
        <translation>Fondé sur le marché (%1) : non estimé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Some price is missing from the reference data: see Issues</source>
        <translation>Un prix manque dans les données de référence : voir Problèmes</translation>
    </message>
    <message>
        <source>Per unit of work (SCI): %1</source>
        <translation>Par unité de travail (SCI) : %1</translation>
    </message>
    <message>
        <source>The inputs&apos; ranges, each read as its P10 to P90 interval, combined in quadrature. The chart &quot;What makes the carbon range&quot; shows each input alone.</source>
        <translation>Les plages des entrées, chacune lue comme son intervalle P10 à P90, combinées en quadrature. Le graphique « Ce qui fait la plage de carbone » montre chaque entrée seule.</translation>
    </message>
    <message>
        <source>Operational carbon only (Scope 2): 0 g/kWh where AWS matched the region&apos;s electricity with renewables in %1; elsewhere the residual mix of the region&apos;s country where a published one is stored, else the location-based factor (each such region is listed under Assumptions). Embodied emissions are not electricity and are not included. Reported beside the location-based total, never instead of it.</source>
        <translation>Émissions opérationnelles uniquement (Scope 2) : 0 g/kWh là où AWS a couvert l&apos;électricité de la région par des énergies renouvelables en %1 ; ailleurs le mix résiduel du pays de la région lorsqu&apos;un mix publié est enregistré, sinon le facteur fondé sur la localisation (chaque région concernée figure dans les hypothèses). Les émissions intrinsèques ne sont pas de l&apos;électricité et ne sont pas incluses. Indiqué à côté du total fondé sur la localisation, jamais à sa place.</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>estimation…</translation>
    </message>
    <message>
        <source>A change is being estimated; the figures follow when it is done</source>
        <translation>Une modification est en cours d’estimation ; les chiffres suivront une fois terminée</translation>
    </message>
</context>
<context>
    <name>greenprint::DeltaTable</name>
    <message>
        <source>Baseline against scenario: totals and changes</source>
        <translation>Référence face au scénario : totaux et variations</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Variation (%)</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Énergie (kWh)</translation>
    </message>
    <message>
        <source>Carbon, location-based (kgCO2e)</source>
        <translation>Émissions, fondées sur la localisation (kgCO2e)</translation>
    </message>
    <message>
        <source>Carbon, market-based (kgCO2e)</source>
        <translation>Émissions, fondées sur le marché (kgCO2e)</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
    <message>
        <source>Job hours (h)</source>
        <translation>Heures de tâche (h)</translation>
    </message>
    <message>
        <source>%1: baseline %2, scenario %3</source>
        <translation>%1 : référence %2, scénario %3</translation>
    </message>
    <message>
        <source>No scenario to compare</source>
        <translation>Aucun scénario à comparer</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>greenprint::DistilledModelRule</name>
    <message>
        <source>Use a distilled model (DistilBERT) for &quot;%1&quot;</source>
        <translation>Utiliser un modèle distillé (DistilBERT) pour « %1 »</translation>
    </message>
    <message>
        <source>A distilled BERT has %1 fewer parameters and keeps %2 of BERT&apos;s score (C12, C14); the copy sizes the work with %1 fewer parameters.</source>
        <translation>Un BERT distillé a %1 de paramètres en moins et conserve %2 du score de BERT (C12, C14) ; la copie dimensionne le travail avec %1 de paramètres en moins.</translation>
    </message>
    <message>
        <source>Measured on an H100: %1 less energy per training step.</source>
        <translation>Mesuré sur un H100 : %1 d&apos;énergie en moins par pas d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Measured on an H100: %1 less energy per inference sample.</source>
        <translation>Mesuré sur un H100 : %1 d&apos;énergie en moins par échantillon d&apos;inférence.</translation>
    </message>
    <message>
        <source>Keeps about %1 of the score (GLUE, C14); the distilled model must be trained or fine-tuned for your task.</source>
        <translation>Conserve environ %1 du score (GLUE, C14) ; le modèle distillé doit être entraîné ou affiné pour votre tâche.</translation>
    </message>
    <message>
        <source>Use a distilled model (DistilBERT)</source>
        <translation>Utiliser un modèle distillé (DistilBERT)</translation>
    </message>
</context>
<context>
    <name>greenprint::EdgeDeploymentRule</name>
    <message>
        <source>Run inference on the edge devices</source>
        <translation>Exécuter l&apos;inférence sur les appareils en périphérie</translation>
    </message>
    <message numerus="yes">
        <source>The project serves devices: a model compiled with Neo and compressed by pruning and quantization can run on them (SageMaker Edge Manager, AWS IoT Greengrass). The copy drops the %n cloud endpoint(s). Not counted: the energy the devices use to run the model, which is outside this plan.</source>
        <translation>
            <numerusform>Le projet dessert des appareils : un modèle compilé avec Neo et compressé par élagage et quantification peut y tourner (SageMaker Edge Manager, AWS IoT Greengrass). La copie supprime %n point de terminaison cloud. Non compté : l&apos;énergie que les appareils consomment pour exécuter le modèle, hors du périmètre de ce plan.</numerusform>
            <numerusform>Le projet dessert des appareils : un modèle compilé avec Neo et compressé par élagage et quantification peut y tourner (SageMaker Edge Manager, AWS IoT Greengrass). La copie supprime les %n points de terminaison cloud. Non compté : l&apos;énergie que les appareils consomment pour exécuter le modèle, hors du périmètre de ce plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The compressed model can be less accurate; devices need the memory and compute, and model updates must reach them.</source>
        <translation>Le modèle compressé peut être moins précis ; les appareils doivent disposer de la mémoire et de la puissance de calcul, et les mises à jour du modèle doivent leur parvenir.</translation>
    </message>
</context>
<context>
    <name>greenprint::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Duplicate Component</source>
        <translation>&amp;Dupliquer le composant</translation>
    </message>
    <message>
        <source>Re&amp;move Component</source>
        <translation>&amp;Supprimer le composant</translation>
    </message>
    <message>
        <source>Move Component &amp;Up</source>
        <translation>Monter le composa&amp;nt</translation>
    </message>
    <message>
        <source>Move Component Do&amp;wn</source>
        <translation>Descendre le composa&amp;nt</translation>
    </message>
    <message>
        <source>&amp;Add Component</source>
        <translation>A&amp;jouter un composant</translation>
    </message>
</context>
<context>
    <name>greenprint::EditorPanel</name>
    <message>
        <source>Select a stage or a component to edit it.</source>
        <translation>Sélectionnez une étape ou un composant pour le modifier.</translation>
    </message>
    <message>
        <source>%1 › %2 (%3)</source>
        <translation>%1 › %2 (%3)</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape : %1</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
</context>
<context>
    <name>greenprint::EndpointForm</name>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Real-time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchrone</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Sans serveur</translation>
    </message>
    <message>
        <source>Batch transform</source>
        <translation>Transformation par lots</translation>
    </message>
    <message>
        <source>How the model is served.</source>
        <translation>Mode de service du modèle.</translation>
    </message>
    <message>
        <source>The instance type behind the endpoint.</source>
        <translation>Le type d&apos;instance derrière le point de terminaison.</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Nombre :</translation>
    </message>
    <message>
        <source> instances</source>
        <translation> instances</translation>
    </message>
    <message>
        <source>Instances behind the endpoint.</source>
        <translation>Instances derrière le point de terminaison.</translation>
    </message>
    <message>
        <source>&amp;Hours provisioned:</source>
        <translation>&amp;Heures provisionnées :</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Utilization:</source>
        <translation>&amp;Utilisation :</translation>
    </message>
    <message>
        <source>Average load while provisioned. Real-time endpoints often idle at 10–30 %.</source>
        <translation>Charge moyenne pendant le provisionnement. Les points de terminaison en temps réel tournent souvent à vide à 10–30 %.</translation>
    </message>
    <message>
        <source>M&amp;odels hosted:</source>
        <translation>M&amp;odèles hébergés :</translation>
    </message>
    <message>
        <source> models</source>
        <translation> modèles</translation>
    </message>
    <message>
        <source>Models sharing the endpoint (multi-model endpoints).</source>
        <translation>Modèles qui partagent le point de terminaison (points de terminaison multimodèles).</translation>
    </message>
    <message>
        <source>Hours the endpoint is up over the plan: always on for a year is 8760 h (a new endpoint&apos;s hours), for a month 730 h. Its requests per month are served over these hours.</source>
        <translation>Heures pendant lesquelles le point de terminaison est actif sur la durée du plan : toujours actif pendant un an, c’est 8760 h (les heures d’un nouveau point de terminaison), pendant un mois 730 h. Ses requêtes par mois sont servies sur ces heures.</translation>
    </message>
</context>
<context>
    <name>greenprint::EstimateFormats</name>
    <message>
        <source>Stage / component</source>
        <translation>Étape / composant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>IT kWh</source>
        <translation>kWh IT</translation>
    </message>
    <message>
        <source>kWh (PUE)</source>
        <translation>kWh (PUE)</translation>
    </message>
    <message>
        <source>Op. kgCO2e</source>
        <translation>kgCO2e opér.</translation>
    </message>
    <message>
        <source>Emb. kgCO2e</source>
        <translation>kgCO2e intr.</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Project: %1
Methodology: %2; grid intensity: %3; reference data %4%5

</source>
        <translation>Projet : %1
Méthodologie : %2 ; intensité du réseau : %3 ; données de référence %4%5

</translation>
    </message>
    <message>
        <source>; embodied excluded</source>
        <translation>; émissions intrinsèques exclues</translation>
    </message>
    <message>
        <source>Carbon %1 kgCO2e (range %2 to %3); market-based %4 kgCO2e (%5 renewable matching); energy %6 kWh (range %7 to %8).</source>
        <translation>Émissions %1 kgCO2e (fourchette de %2 à %3) ; fondées sur le marché %4 kgCO2e (couverture renouvelable %5) ; énergie %6 kWh (fourchette de %7 à %8).</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>Hypothèses :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Carbon and energy not estimated: some component could not be estimated (see the notes).</source>
        <translation>Émissions et énergie non estimées : un composant n’a pas pu être estimé (voir les remarques).</translation>
    </message>
    <message>
        <source>%1 %2 to %3 kgCO2e</source>
        <translation>%1 %2 à %3 kgCO2e</translation>
    </message>
    <message>
        <source>What makes the range, each alone: %1.</source>
        <translation>Ce qui fait la plage, chacun seul : %1.</translation>
    </message>
    <message>
        <source>%1 (%2 runs × %3)</source>
        <translation>%1 (%2 exécutions × %3)</translation>
    </message>
</context>
<context>
    <name>greenprint::Estimator</name>
    <message>
        <source>unknown instance type &quot;%1&quot;; it is not in the reference data, your catalog or the project&apos;s catalog</source>
        <translation>type d&apos;instance inconnu « %1 » ; il n&apos;est ni dans les données de référence, ni dans votre catalogue, ni dans celui du projet</translation>
    </message>
    <message>
        <source>no embodied-emissions figure for &quot;%1&quot;; embodied carbon is not counted</source>
        <translation>aucune valeur d&apos;émissions intrinsèques pour « %1 » ; les émissions intrinsèques ne sont pas comptées</translation>
    </message>
    <message>
        <source>no price for &quot;%1&quot; in the reference data; its cost is not counted</source>
        <translation>aucun prix pour « %1 » dans les données de référence ; son coût n&apos;est pas compté</translation>
    </message>
    <message>
        <source>no reference data for storage class &quot;%1&quot;</source>
        <translation>aucune donnée de référence pour la classe de stockage « %1 »</translation>
    </message>
    <message>
        <source>unknown destination region &quot;%1&quot;</source>
        <translation>région de destination inconnue « %1 »</translation>
    </message>
    <message>
        <source>inter-region data transfer</source>
        <translation>transfert de données entre régions</translation>
    </message>
    <message>
        <source>log ingestion and storage</source>
        <translation>ingestion et stockage des journaux</translation>
    </message>
    <message>
        <source>no published price for %1 in the reference data; its cost is not counted</source>
        <translation>aucun prix publié pour %1 dans les données de référence ; son coût n&apos;est pas compté</translation>
    </message>
    <message>
        <source>this file was last saved with reference data %1; this Greenprint has %2</source>
        <translation>ce fichier a été enregistré pour la dernière fois avec les données de référence %1 ; ce Greenprint a %2</translation>
    </message>
    <message>
        <source>. Saved: %1 kgCO2e, %2 kWh, %3 USD (%4). Now: %5 kgCO2e, %6 kWh, %7 USD (%8)</source>
        <translation>. Enregistré : %1 kgCO2e, %2 kWh, %3 USD (%4). Maintenant : %5 kgCO2e, %6 kWh, %7 USD (%8)</translation>
    </message>
    <message>
        <source>%1: derived size, not in the catalog: power, memory, embodied share and price scaled by vCPU from %2 (%3 vs %4 vCPUs)</source>
        <translation>%1 : taille dérivée, absente du catalogue : puissance, mémoire, part des émissions intrinsèques et prix mis à l’échelle des vCPU à partir de %2 (%3 contre %4 vCPU)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
    <message>
        <source>%1 = %2 %3: a third-party us-east-1 figure, not read on an AWS pricing page</source>
        <translation>%1 = %2 %3 : valeur us-east-1 de sources tierces, non lue sur une page de prix AWS</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>date non indiquée</translation>
    </message>
    <message>
        <source>Instance prices: us-east-1 On-Demand Linux, %1</source>
        <translation>Prix des instances : us-east-1, à la demande, Linux, %1</translation>
    </message>
    <message>
        <source>%1: us-east-1 price, %2 (no regional price in the sources)</source>
        <translation>%1 : prix us-east-1, %2 (aucun prix régional dans les sources)</translation>
    </message>
    <message>
        <source>Spot price = On-Demand x (1 - %1): AWS&apos;s &quot;up to 90 %&quot; Spot saving is an upper bound, so Spot costs are a lower bound</source>
        <translation>Prix Spot = à la demande x (1 - %1) : l’économie Spot « jusqu’à 90 % » annoncée par AWS est un maximum, les coûts Spot sont donc un minimum</translation>
    </message>
    <message>
        <source>%1: %2 USD per GB-month is a third-party us-east-1 figure, not read on an AWS pricing page</source>
        <translation>%1 : %2 USD par Go-mois est une valeur us-east-1 de sources tierces, non lue sur une page de prix AWS</translation>
    </message>
    <message>
        <source>%1: AWS publishes no PUE for this region; the AWS global PUE %2 is used</source>
        <translation>%1 : AWS ne publie pas de PUE pour cette région ; le PUE mondial d’AWS, %2, est utilisé</translation>
    </message>
    <message>
        <source>%1: SageMaker name of %2, the same hardware; SageMaker price = EC2 On-Demand price x %3: no SageMaker price table in the sources, so SageMaker costs are a lower bound</source>
        <translation>%1 : nom SageMaker de %2, même matériel ; prix SageMaker = prix EC2 à la demande x %3 : aucune grille de prix SageMaker dans les sources, les coûts SageMaker sont donc un minimum</translation>
    </message>
    <message>
        <source>the accelerator load is set by hand (%1) instead of the %2 that the achieved fraction of peak (%3) implies; time and power no longer follow one model</source>
        <translation>la charge des accélérateurs est fixée à la main (%1) au lieu des %2 qu&apos;implique la fraction de crête atteinte (%3) ; durée et puissance ne suivent plus un même modèle</translation>
    </message>
    <message>
        <source>The project&apos;s catalog replaces the reference instance %1 on purpose: %2 W idle, %3 W at full load.</source>
        <translation>Le catalogue du projet remplace délibérément l’instance de référence %1 : %2 W au repos, %3 W à pleine charge.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reference instance; this entry would replace it for the whole project. Give it another id, or add &quot;overridesReference&quot;: true to replace it on purpose</source>
        <translation>« %1 » est une instance de référence ; cette entrée la remplacerait pour tout le projet. Donnez-lui un autre identifiant, ou ajoutez &quot;overridesReference&quot;: true pour la remplacer délibérément</translation>
    </message>
    <message>
        <source>The project&apos;s catalog replaces the reference region %1 on purpose: %2 gCO2e/kWh.</source>
        <translation>Le catalogue du projet remplace délibérément la région de référence %1 : %2 gCO2e/kWh.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reference region; this entry would replace it for the whole project. Give it another id, or add &quot;overridesReference&quot;: true to replace it on purpose</source>
        <translation>« %1 » est une région de référence ; cette entrée la remplacerait pour tout le projet. Donnez-lui un autre identifiant, ou ajoutez &quot;overridesReference&quot;: true pour la remplacer délibérément</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;: neither the reference data nor the project&apos;s catalog defines it</source>
        <translation>région inconnue « %1 » : ni les données de référence ni le catalogue du projet ne la définissent</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;; operational carbon of the stages in it is not counted</source>
        <translation>région inconnue « %1 » ; les émissions opérationnelles des étapes qui s’y trouvent ne sont pas comptées</translation>
    </message>
    <message>
        <source>%1 instance assumed</source>
        <translation>%1 instance supposée</translation>
    </message>
    <message>
        <source>On-Demand pricing assumed (the price AWS lists for every instance)</source>
        <translation>tarif On-Demand supposé (le prix qu&apos;AWS indique pour chaque instance)</translation>
    </message>
    <message>
        <source>%1 % average utilization assumed: CCF&apos;s average for servers in hyperscale data centres (coefficients.csv utilization.default)</source>
        <translation>utilisation moyenne de %1 % supposée : la moyenne du CCF pour les serveurs des centres de données hyperscale (coefficients.csv utilization.default)</translation>
    </message>
    <message>
        <source>%1 % utilization while active assumed: CCF&apos;s average for servers in hyperscale data centres (coefficients.csv utilization.default)</source>
        <translation>utilisation de %1 % pendant l&apos;activité supposée : la moyenne du CCF pour les serveurs des centres de données hyperscale (coefficients.csv utilization.default)</translation>
    </message>
    <message>
        <source>a real-time endpoint assumed (SageMaker&apos;s default deployment)</source>
        <translation>point de terminaison en temps réel supposé (le déploiement par défaut de SageMaker)</translation>
    </message>
    <message>
        <source>%1 model per endpoint assumed</source>
        <translation>%1 modèle par point de terminaison supposé</translation>
    </message>
    <message>
        <source>S3 Standard assumed (the class S3 stores objects in by default)</source>
        <translation>S3 Standard supposé (la classe dans laquelle S3 stocke les objets par défaut)</translation>
    </message>
    <message>
        <source>logs never expire (a new CloudWatch log group keeps them forever)</source>
        <translation>les journaux n&apos;expirent jamais (un nouveau groupe de journaux CloudWatch les conserve indéfiniment)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>%1 not stated in the file for %2: %3</source>
        <translation>%1 non indiqué dans le fichier pour %2 : %3</translation>
    </message>
    <message>
        <source>%1 (assumption): TDP %2 W, dense 16-bit peak %3. %4</source>
        <translation>%1 (hypothèse) : TDP %2 W, crête dense 16 bits %3. %4</translation>
    </message>
    <message>
        <source>%1 TFLOPS</source>
        <translation>%1 TFLOPS</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <source>%1: runs %2 times (%3 for %4 months of 730 h: %4 x 730 h / %5 h); energy, carbon and cost are one run&apos;s times %2</source>
        <translation>%1 : s&apos;exécute %2 fois (%3 pendant %4 mois de 730 h : %4 x 730 h / %5 h) ; énergie, émissions et coût sont ceux d&apos;une exécution multipliés par %2</translation>
    </message>
    <message>
        <source>attention FLOPs are not counted: state the sequence length, the layers and the hidden size together (%1 of the 3 stated)</source>
        <translation>les FLOPs de l’attention ne sont pas comptés : indiquez ensemble la longueur de séquence, les couches et la taille cachée (%1 sur 3 indiqués)</translation>
    </message>
    <message>
        <source>%1: energy as CCF models every S3 class, %2 Wh per TB-hour x %3 copies (%4 kWh per TB-month before PUE), an assumption: AWS publishes neither the medium nor the energy of its archive classes, and no published per-TB figure for cloud cold storage was found; tape or spun-down disks would draw less</source>
        <translation>%1 : énergie modélisée comme CCF le fait pour toute classe S3, %2 Wh par TB-heure x %3 copies (%4 kWh par TB-mois avant PUE), une hypothèse : AWS ne publie ni le support ni l&apos;énergie de ses classes d&apos;archivage, et aucun chiffre publié par TB pour le stockage froid dans le cloud n&apos;a été trouvé ; une bande ou des disques arrêtés consommeraient moins</translation>
    </message>
    <message>
        <source>project setting</source>
        <translation>paramètre du projet</translation>
    </message>
    <message>
        <source>no source stated</source>
        <translation>aucune source indiquée</translation>
    </message>
    <message>
        <source>%1: busy time x %2 of what its work implies (%3), at the same load on the power curve</source>
        <translation>%1 : temps d&apos;occupation x %2 de ce qu&apos;implique le travail (%3), à la même charge sur la courbe de puissance</translation>
    </message>
</context>
<context>
    <name>greenprint::ExportActions</name>
    <message>
        <source>&amp;PDF Plan…</source>
        <translation>Plan &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;CSV Plan…</source>
        <translation>Plan &amp;CSV…</translation>
    </message>
    <message>
        <source>Write the plan as a PDF document for a design review</source>
        <translation>Écrire le plan dans un document PDF pour une revue de conception</translation>
    </message>
    <message>
        <source>Write one row per component per scenario for a spreadsheet</source>
        <translation>Écrire une ligne par composant et par scénario pour un tableur</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Export PDF Plan</source>
        <translation>Exporter le plan PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export PDF Plan</source>
        <translation>Impossible d&apos;exporter le plan PDF</translation>
    </message>
    <message>
        <source>“%1” could not be written:
%2</source>
        <translation>« %1 » n&apos;a pas pu être écrit :
%2</translation>
    </message>
    <message>
        <source>Export CSV Plan</source>
        <translation>Exporter le plan CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export CSV Plan</source>
        <translation>Impossible d&apos;exporter le plan CSV</translation>
    </message>
    <message>
        <source>“%1” is the open project itself; the plan was not written, so that the project is not replaced. Choose another file name.</source>
        <translation>« %1 » est le projet ouvert lui-même ; le plan n’a pas été écrit, pour que le projet ne soit pas remplacé. Choisissez un autre nom de fichier.</translation>
    </message>
</context>
<context>
    <name>greenprint::Feasibility</name>
    <message>
        <source>training needs %1 GB for weights, gradients and Adam state (16 bytes per parameter, ZeRO), more than the %2 GB of accelerator memory of one %3</source>
        <translation>l’entraînement demande %1 Go pour les poids, les gradients et l’état d’Adam (16 octets par paramètre, ZeRO), plus que les %2 Go de mémoire d’accélérateur d’une %3</translation>
    </message>
    <message>
        <source>training needs %1 GB for weights, gradients and Adam state, more than one %2 holds (%3 GB): sharding it across %4 instances needs a fast interconnect (EFA, at least %5 Gbit/s), and %2 has %6</source>
        <translation>l’entraînement demande %1 Go pour les poids, les gradients et l’état d’Adam, plus que ne contient une %2 (%3 Go) : le répartir sur %4 instances exige une interconnexion rapide (EFA, au moins %5 Gbit/s), et %2 a %6</translation>
    </message>
    <message>
        <source>%1 Gbit/s</source>
        <translation>%1 Gbit/s</translation>
    </message>
    <message>
        <source>no sustained bandwidth listed</source>
        <translation>aucune bande passante soutenue indiquée</translation>
    </message>
    <message>
        <source>training needs %1 GB for weights, gradients and Adam state, more than the %2 GB of accelerator memory of %3 x %4 even when sharded</source>
        <translation>l’entraînement demande %1 Go pour les poids, les gradients et l’état d’Adam, plus que les %2 Go de mémoire d’accélérateur de %3 x %4, même réparti</translation>
    </message>
    <message>
        <source>the real-time endpoint would be busy %1 % of its provisioned hours, busier than the plan&apos;s %2 % (already above the %3 % that leaves headroom for peaks)</source>
        <translation>le point de terminaison temps réel serait occupé %1 % de ses heures provisionnées, plus que les %2 % du plan (déjà au-dessus des %3 % qui laissent une marge pour les pics)</translation>
    </message>
    <message>
        <source>the real-time endpoint would be busy %1 % of its provisioned hours, above the %2 % that leaves headroom for peaks</source>
        <translation>le point de terminaison temps réel serait occupé %1 % de ses heures provisionnées, au-dessus des %2 % qui laissent une marge pour les pics</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>serving needs %1 GB for the weights and the KV cache of its batch, more than the %2 GB of accelerator memory of one %3 (each endpoint instance holds the whole model)</source>
        <translation>le service demande %1 Go pour les poids et le cache KV de son lot, plus que les %2 Go de mémoire d’accélérateur d’une %3 (chaque instance du point de terminaison contient tout le modèle)</translation>
    </message>
    <message>
        <source>%1: %2 is not offered in %3 (EC2 offerings of %4)</source>
        <translation>%1 : %2 n’est pas proposé dans %3 (offres EC2 du %4)</translation>
    </message>
    <message>
        <source>Offered only where the job can run: training holds %1 bytes per parameter (weights, gradients, Adam state: ZeRO; the frozen weights of adapter fine-tuning at the work&apos;s precision), serving the weights plus the KV cache of its batch (assumed %2 values per token per active parameter, Mistral 7B); sharding across instances needs at least %3 Gbit/s per instance (assumed: the catalog&apos;s sources list bandwidth, not EFA support); a real-time endpoint may be busy at most %4 % of its hours (assumed: in a queue a response takes 1 / (1 - busy fraction) times its service time). Activations are not counted. A type is offered only in the Regions the EC2 offerings snapshot of %5 lists for it.</source>
        <translation>Proposé seulement là où la tâche peut tourner : l’entraînement contient %1 octets par paramètre (poids, gradients, état d’Adam : ZeRO ; les poids figés d’un ajustement par adaptateurs à la précision du travail), le service les poids plus le cache KV de son lot (hypothèse : %2 valeurs par jeton et par paramètre actif, Mistral 7B) ; répartir sur plusieurs instances exige au moins %3 Gbit/s par instance (hypothèse : les sources du catalogue donnent la bande passante, pas la prise en charge d’EFA) ; un point de terminaison temps réel peut être occupé au plus %4 % de ses heures (hypothèse : dans une file d’attente, une réponse prend 1 / (1 - taux d’occupation) fois son temps de service). Les activations ne sont pas comptées. Un type n’est proposé que dans les régions que l’instantané des offres EC2 du %5 indique pour lui.</translation>
    </message>
</context>
<context>
    <name>greenprint::FeatureStoreRule</name>
    <message>
        <source>Share &quot;%1&quot; through SageMaker Feature Store</source>
        <translation>Partager « %1 » via SageMaker Feature Store</translation>
    </message>
    <message>
        <source>Feature engineering that several teams or projects recompute can be computed once and shared. The copy drops this job. Assumption: another team already computes these features into a feature store this project can read; if this project is the one computing them, the saving is the other teams&apos; duplicates instead.</source>
        <translation>L&apos;ingénierie de caractéristiques que plusieurs équipes ou projets recalculent peut être calculée une fois et partagée. La copie supprime cette tâche. Hypothèse : une autre équipe calcule déjà ces caractéristiques dans un magasin que ce projet peut lire ; si c&apos;est ce projet qui les calcule, l&apos;économie porte plutôt sur les doublons des autres équipes.</translation>
    </message>
    <message>
        <source>Features must match in definition and freshness; the feature store itself stores data (not counted).</source>
        <translation>Les caractéristiques doivent concorder en définition et en fraîcheur ; le magasin de caractéristiques stocke lui-même des données (non compté).</translation>
    </message>
    <message>
        <source>Share features through SageMaker Feature Store</source>
        <translation>Partager les features via SageMaker Feature Store</translation>
    </message>
</context>
<context>
    <name>greenprint::FieldForm</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose region</source>
        <translation>Choisir la région</translation>
    </message>
    <message>
        <source>Pick a region by grid carbon intensity</source>
        <translation>Choisir une région selon l&apos;intensité carbone du réseau</translation>
    </message>
</context>
<context>
    <name>greenprint::FieldValueEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose instance type</source>
        <translation>Choisir le type d&apos;instance</translation>
    </message>
    <message>
        <source>Choose region</source>
        <translation>Choisir la région</translation>
    </message>
    <message>
        <source>Pick an instance type from the catalog</source>
        <translation>Choisir un type d&apos;instance dans le catalogue</translation>
    </message>
    <message>
        <source>Pick a region by grid carbon intensity</source>
        <translation>Choisir une région selon l&apos;intensité carbone du réseau</translation>
    </message>
</context>
<context>
    <name>greenprint::FileActions</name>
    <message>
        <source>Greenprint projects (*.greenprint);;All files (*)</source>
        <translation>Projets Greenprint (*.greenprint);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>“%1” could not be opened. The current project is unchanged.</source>
        <translation>« %1 » n&apos;a pas pu être ouvert. Le projet actuel est inchangé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problème trouvé :</numerusform>
            <numerusform>%n problèmes trouvés :</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Impossible d&apos;enregistrer le projet</translation>
    </message>
    <message>
        <source>“%1” could not be saved:
%2</source>
        <translation>« %1 » n&apos;a pas pu être enregistré :
%2</translation>
    </message>
    <message>
        <source>Revert Project</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard every change since “%1” was last saved?</source>
        <translation>Abandonner toutes les modifications depuis le dernier enregistrement de « %1 » ?</translation>
    </message>
    <message>
        <source>Cannot Revert Project</source>
        <translation>Impossible de revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>« %1 » contient des modifications non enregistrées. Les enregistrer d&apos;abord ?</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer le menu</translation>
    </message>
</context>
<context>
    <name>greenprint::FileSafety</name>
    <message>
        <source>Cannot Restore Project</source>
        <translation>Impossible de restaurer le projet</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>“%1” was changed by another program.</source>
        <translation>« %1 » a été modifié par un autre programme.</translation>
    </message>
    <message>
        <source>Reload it and lose your unsaved changes, or keep your version (saving it will overwrite theirs)?</source>
        <translation>Le recharger et perdre vos modifications non enregistrées, ou garder votre version (l&apos;enregistrer écrasera l&apos;autre) ?</translation>
    </message>
    <message>
        <source>Reload it, or keep the version you have open (saving it will overwrite theirs)?</source>
        <translation>Le recharger, ou garder la version ouverte (l&apos;enregistrer écrasera l&apos;autre) ?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>Cannot Reload Project</source>
        <translation>Impossible de recharger le projet</translation>
    </message>
    <message>
        <source>File Removed</source>
        <translation>Fichier supprimé</translation>
    </message>
    <message>
        <source>“%1” was removed or renamed by another program. Your project is still open; save it to keep it.</source>
        <translation>« %1 » a été supprimé ou renommé par un autre programme. Votre projet est toujours ouvert ; enregistrez-le pour le conserver.</translation>
    </message>
</context>
<context>
    <name>greenprint::FootprintCharts</name>
    <message>
        <source>Operational</source>
        <translation>Opérationnelles</translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation>Intrinsèques</translation>
    </message>
    <message>
        <source>Carbon per stage, operational and embodied</source>
        <translation>Émissions par étape, opérationnelles et intrinsèques</translation>
    </message>
    <message>
        <source>%1: %2, range %3
Operational %4, embodied %5
Market-based (%6): %7</source>
        <translation>%1 : %2, fourchette %3
Opérationnelles %4, intrinsèques %5
Fondées sur le marché (%6) : %7</translation>
    </message>
    <message>
        <source>Carbon per stage (%1)</source>
        <translation>Émissions par étape (%1)</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>CO₂e</translation>
    </message>
    <message>
        <source>Carbon by component</source>
        <translation>Émissions par composant</translation>
    </message>
    <message>
        <source>Carbon by component, top %1 (%2)</source>
        <translation>Émissions par composant, %1 premiers (%2)</translation>
    </message>
    <message>
        <source>Carbon by component (%1)</source>
        <translation>Émissions par composant (%1)</translation>
    </message>
    <message>
        <source>Other regions</source>
        <translation>Autres régions</translation>
    </message>
    <message>
        <source>Project region</source>
        <translation>Région du projet</translation>
    </message>
    <message>
        <source>This plan in every region, ranked by carbon</source>
        <translation>Ce plan dans chaque région, classé par émissions</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>n° %1 %2</translation>
    </message>
    <message>
        <source>This plan in every region: the lowest of %1 (%2)</source>
        <translation>Ce plan dans chaque région : les plus basses sur %1 (%2)</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2 : %3</translation>
    </message>
    <message>
        <source>This plan in the regions its constraints allow: the lowest of %1 (%2)</source>
        <translation>Ce plan dans les régions que ses contraintes autorisent : les plus basses sur %1 (%2)</translation>
    </message>
    <message>
        <source>Below central</source>
        <translation>Sous le centre</translation>
    </message>
    <message>
        <source>Above central</source>
        <translation>Au-dessus du centre</translation>
    </message>
    <message>
        <source>What makes the carbon range, one input at a time</source>
        <translation>Ce qui fait la plage de carbone, une entrée à la fois</translation>
    </message>
    <message>
        <source>What makes the carbon range: not estimated</source>
        <translation>Ce qui fait la plage de carbone : non estimé</translation>
    </message>
    <message>
        <source>%1 alone: %2 to %3 (central %4)
%5</source>
        <translation>%1 seul : %2 à %3 (valeur centrale %4)
%5</translation>
    </message>
    <message>
        <source>What makes the carbon range (%1)</source>
        <translation>Ce qui fait la plage de carbone (%1)</translation>
    </message>
    <message>
        <source>This plan in every region: computing…</source>
        <translation>Ce plan dans chaque région : calcul en cours…</translation>
    </message>
    <message>
        <source>This plan in the regions its constraints allow: computing…</source>
        <translation>Ce plan dans les régions que ses contraintes autorisent : calcul en cours…</translation>
    </message>
</context>
<context>
    <name>greenprint::FunctionalUnits</name>
    <message>
        <source>per pipeline run</source>
        <translation>par exécution du pipeline</translation>
    </message>
    <message>
        <source>per notebook week</source>
        <translation>par semaine de notebook</translation>
    </message>
    <message>
        <source>per model-building round</source>
        <translation>par cycle de construction du modèle</translation>
    </message>
    <message>
        <source>per training run</source>
        <translation>par entraînement</translation>
    </message>
    <message>
        <source>per 1,000 requests</source>
        <translation>pour 1 000 requêtes</translation>
    </message>
    <message>
        <source>for the whole plan</source>
        <translation>pour l’ensemble du plan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>Per training run: R = %1, the runs of &quot;%2&quot;, the training job that draws the most energy in one run; the runs of %3 are shared among them</source>
        <translation>Par entraînement : R = %1, les exécutions de « %2 », le job d&apos;entraînement qui consomme le plus d&apos;énergie en une exécution ; les exécutions de %3 sont réparties entre elles</translation>
    </message>
    <message>
        <source>No figure per 1 M tokens served: these components serve requests but state no tokens per request: %1. The stage&apos;s footprint is not divided by the tokens of the other components alone</source>
        <translation>Pas de chiffre pour 1 M de jetons servis : ces composants servent des requêtes mais n&apos;indiquent pas de jetons par requête : %1. L&apos;empreinte de l&apos;étape n&apos;est pas divisée par les seuls jetons des autres composants</translation>
    </message>
    <message>
        <source>Per 1 M tokens served: R = %1 million tokens, the requests served times the tokens per request (prompt and output tokens together) of every endpoint and job that serves requests</source>
        <translation>Pour 1 M de jetons servis : R = %1 millions de jetons, les requêtes servies multipliées par les jetons par requête (jetons d&apos;entrée et de sortie ensemble) de chaque point de terminaison et job qui sert des requêtes</translation>
    </message>
    <message>
        <source>per 1 M tokens served</source>
        <translation>pour 1 M de jetons servis</translation>
    </message>
</context>
<context>
    <name>greenprint::GpuGenerationRule</name>
    <message>
        <source>Run &quot;%1&quot; on a newer GPU generation (%2 x %3)</source>
        <translation>Exécuter « %1 » sur une génération de GPU plus récente (%2 x %3)</translation>
    </message>
    <message>
        <source>Moves %1 x %2 (%3) to %4 x %5 (%6) with the same throughput (datasheet peak x achieved utilization: the job takes %7 of its hours). A newer generation does more work per watt; the saving is the estimator&apos;s, from each instance&apos;s peak and power.</source>
        <translation>Déplace %1 x %2 (%3) vers %4 x %5 (%6) au même débit (pic de la fiche technique x utilisation atteinte : la tâche prend %7 de ses heures). Une génération plus récente fait plus de travail par watt ; l’économie est celle de l’estimateur, d’après le pic et la puissance de chaque instance.</translation>
    </message>
    <message>
        <source>Re-test the model and its dependencies on the new GPU (CUDA version, drivers); capacity of the newest types may be limited in some Regions.</source>
        <translation>Retestez le modèle et ses dépendances sur le nouveau GPU (version de CUDA, pilotes) ; la capacité des types les plus récents peut être limitée dans certaines régions.</translation>
    </message>
    <message>
        <source>Run on a newer GPU generation (%1)</source>
        <translation>Exécuter sur une génération de GPU plus récente (%1)</translation>
    </message>
</context>
<context>
    <name>greenprint::GravitonRule</name>
    <message>
        <source>Run &quot;%1&quot; on Graviton3 (%2 x %3)</source>
        <translation>Exécuter « %1 » sur Graviton3 (%2 x %3)</translation>
    </message>
    <message>
        <source>Moves %1 x %2 to %3 x %4 with the same CPU throughput (cpu_throughput.csv: the job takes %5 of its hours). AWS says Graviton3 uses up to 60 % less energy than comparable instances (C01); the figure here is the estimator&apos;s, from each instance&apos;s power.</source>
        <translation>Passe de %1 x %2 à %3 x %4 avec le même débit CPU (cpu_throughput.csv : la tâche prend %5 de ses heures). Selon AWS, Graviton3 consomme jusqu&apos;à 60 % d&apos;énergie en moins que des instances comparables (C01) ; le chiffre ici est celui de l&apos;estimateur, d&apos;après la puissance de chaque instance.</translation>
    </message>
    <message>
        <source>The software must run on arm64 (JVM, Python and Spark do; x86-only binaries do not). Throughput ratios are AWS up-to figures.</source>
        <translation>Le logiciel doit fonctionner sur arm64 (JVM, Python et Spark le font ; les binaires uniquement x86 non). Les rapports de débit sont des valeurs « jusqu&apos;à » d&apos;AWS.</translation>
    </message>
    <message>
        <source>Run on Graviton3</source>
        <translation>Exécuter sur Graviton3</translation>
    </message>
</context>
<context>
    <name>greenprint::GreenAlgorithmsProfile</name>
    <message>
        <source>Green Algorithms intensity of the region&apos;s location</source>
        <translation>Intensité Green Algorithms de la localisation de la région</translation>
    </message>
    <message>
        <source>%1: Green Algorithms has no intensity for this location; Greenprint&apos;s recommended value is used</source>
        <translation>%1 : Green Algorithms n&apos;a aucune intensité pour cette localisation ; la valeur recommandée par Greenprint est utilisée</translation>
    </message>
    <message>
        <source>Green Algorithms gives a single figure, so low = central = high. Market-based figures apply AWS&apos;s renewable matching to its location-based result (Green Algorithms reports no market-based figure).</source>
        <translation>Green Algorithms donne une seule valeur, donc basse = centrale = haute. Les valeurs fondées sur le marché appliquent la couverture renouvelable d’AWS à son résultat basé sur la localisation (Green Algorithms ne publie pas de valeur fondée sur le marché).</translation>
    </message>
    <message>
        <source>%1 is not in Green Algorithms&apos; list; its &quot;Any&quot; GPU (%2 W) is used</source>
        <translation>%1 n’est pas dans la liste de Green Algorithms ; son GPU « Any » (%2 W) est utilisé</translation>
    </message>
    <message>
        <source>Green Algorithms profile: reproduces %1 and its formula; vCPUs count as cores, at its &quot;Any&quot; %2 W per core where the processor is not listed; memory %3 W/GB, PUE %4, no embodied emissions; AWS regions are mapped to its locations by Greenprint.</source>
        <translation>Profil Green Algorithms : reproduit %1 et sa formule ; les vCPU comptent comme cœurs, à son « Any » de %2 W par cœur quand le processeur n’est pas listé ; mémoire %3 W/Go, PUE %4, pas d’émissions intrinsèques ; les régions AWS sont associées à ses lieux par Greenprint.</translation>
    </message>
    <message>
        <source>Green Algorithms method, with its own constants: cores × TDP per core × usage, memory watts per GB, its PUE and its carbon intensity per location; no embodied emissions.</source>
        <translation>Méthode Green Algorithms, avec ses propres constantes : cœurs × TDP par cœur × usage, watts de mémoire par Go, son PUE et son intensité carbone par localisation ; aucune émission intrinsèque.</translation>
    </message>
</context>
<context>
    <name>greenprint::GreenprintProfile</name>
    <message>
        <source>%1: derived assumption, %2 per chip (%3)</source>
        <translation>%1 : hypothèse déduite, %2 par puce (%3)</translation>
    </message>
    <message>
        <source>%1: no per-vCPU watts for &quot;%2&quot;; AWS average used</source>
        <translation>%1 : aucune puissance par vCPU pour « %2 » ; moyenne AWS utilisée</translation>
    </message>
    <message>
        <source>%1: no TDP published; accelerator power not counted</source>
        <translation>%1 : aucun TDP publié ; puissance de l&apos;accélérateur non comptée</translation>
    </message>
    <message>
        <source>%1: no %2 value; the recommended intensity (%3) is used</source>
        <translation>%1 : aucune valeur %2 ; l&apos;intensité recommandée (%3) est utilisée</translation>
    </message>
    <message>
        <source>Accelerator power follows the load curve measured on one H100 (whole-board watts / TDP), scaled by each accelerator&apos;s TDP.</source>
        <translation>La puissance des accélérateurs suit la courbe de charge mesurée sur un H100 (watts de la carte entière / TDP), mise à l&apos;échelle par le TDP de chaque accélérateur.</translation>
    </message>
    <message>
        <source>%1 host embodied (%2 kgCO2e for the whole server): %3</source>
        <translation>%1 hôte, émissions intrinsèques (%2 kgCO2e pour le serveur entier) : %3</translation>
    </message>
    <message>
        <source>%1: no host figure without accelerators; the catalog&apos;s server share is used, which may already count its GPUs</source>
        <translation>%1 : aucune valeur pour l&apos;hôte sans accélérateurs ; la part de serveur du catalogue est utilisée, qui peut déjà compter ses GPU</translation>
    </message>
    <message>
        <source>%1: %2 kgCO2e embodied per accelerator; assumption: %3</source>
        <translation>%1 : %2 kgCO2e d&apos;émissions intrinsèques par accélérateur ; hypothèse : %3</translation>
    </message>
    <message>
        <source>%1: no die area or memory figure for %2; its accelerators&apos; embodied carbon is not counted</source>
        <translation>%1 : aucune surface de puce ni mémoire connue pour %2 ; les émissions intrinsèques de ses accélérateurs ne sont pas comptées</translation>
    </message>
    <message>
        <source>Embodied emissions are amortised over %1 years (AWS amortises IT hardware over 6, CCF over 4).</source>
        <translation>Les émissions intrinsèques sont amorties sur %1 ans (AWS amortit le matériel informatique sur 6, CCF sur 4).</translation>
    </message>
    <message>
        <source>Embodied carbon of an accelerated instance: its vCPU share of the host server without accelerators (CCF&apos;s server formula) plus each GPU or Neuron chip from its die area and memory (Boavizta&apos;s component model); CPU-only instances keep CCF&apos;s server share.</source>
        <translation>Émissions intrinsèques d&apos;une instance accélérée : sa part (en vCPU) du serveur hôte sans accélérateurs (formule serveur de CCF) plus chaque GPU ou puce Neuron d&apos;après sa surface de puce et sa mémoire (modèle par composants de Boavizta) ; les instances sans accélérateur gardent la part de serveur de CCF.</translation>
    </message>
    <message>
        <source>Greenprint method. Instance power is the host&apos;s per-vCPU watts for its CPU generation at the component&apos;s utilization, plus memory above the per-chip baseline, plus each accelerator&apos;s TDP scaled by a measured load curve. A job stated as work runs for FLOPs / (peak × achieved fraction of peak), the fraction fitted on published training runs, and draws the power of the load that fraction implies. Facility energy is IT energy × PUE; operational carbon is facility energy × the region&apos;s grid intensity; embodied carbon is the server&apos;s manufacturing share over the hours used. The band spans the P10-P90 interval of the achieved fraction of peak, the grid-intensity datasets and the power bounds.</source>
        <translation>Méthode Greenprint. La puissance d&apos;une instance est la puissance par vCPU de sa génération de CPU au taux d&apos;utilisation du composant, plus la mémoire au-delà de la dotation de base par puce, plus le TDP de chaque accélérateur mis à l&apos;échelle par une courbe de charge mesurée. Une tâche décrite par son travail dure FLOPs / (crête × fraction de crête atteinte), la fraction étant ajustée sur des entraînements publiés, et consomme la puissance de la charge qu&apos;implique cette fraction. L&apos;énergie du centre de données est l&apos;énergie informatique × PUE ; les émissions opérationnelles sont l&apos;énergie du centre de données × l&apos;intensité du réseau de la région ; les émissions intrinsèques sont la part de fabrication du serveur sur les heures utilisées. La fourchette couvre l&apos;intervalle P10-P90 de la fraction de crête atteinte, les jeux de données d&apos;intensité du réseau et les bornes de puissance.</translation>
    </message>
</context>
<context>
    <name>greenprint::IdleNotebookRule</name>
    <message>
        <source>Stop &quot;%1&quot; automatically when idle</source>
        <translation>Arrêter automatiquement « %1 » lorsqu&apos;il est inactif</translation>
    </message>
    <message>
        <source>A lifecycle configuration script (or the SageMaker Studio auto-shutdown extension) stops the notebook when it is idle. The copy removes its %1 idle hours a week over %2 weeks. Assumption: the shutdown catches all of them; an idle timeout of an hour leaves up to an hour per idle stretch.</source>
        <translation>Un script de configuration du cycle de vie (ou l&apos;extension d&apos;arrêt automatique de SageMaker Studio) arrête le notebook lorsqu&apos;il est inactif. La copie retire ses %1 heures d&apos;inactivité par semaine sur %2 semaines. Hypothèse : l&apos;arrêt les couvre toutes ; un délai d&apos;inactivité d&apos;une heure laisse jusqu&apos;à une heure par période d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Unsaved kernel state is lost when the notebook stops; restarting takes a few minutes.</source>
        <translation>L&apos;état non enregistré du noyau est perdu à l&apos;arrêt du notebook ; le redémarrage prend quelques minutes.</translation>
    </message>
    <message>
        <source>Stop idle notebooks automatically</source>
        <translation>Arrêter automatiquement les notebooks inactifs</translation>
    </message>
</context>
<context>
    <name>greenprint::InferentiaRule</name>
    <message>
        <source>Serve &quot;%1&quot; on AWS Inferentia2 (%2 x %3)</source>
        <translation>Servir « %1 » sur AWS Inferentia2 (%2 x %3)</translation>
    </message>
    <message>
        <source>Inferentia chips are built for inference: AWS states Inf1 gives 50 % more performance per watt than g4dn (C08) and Inf2 up to 50 % better performance per watt than comparable instances (C03). The copy moves %1 x %2 to %3 x %4 of the same throughput; the estimator gives the hours and the Neuron power.</source>
        <translation>Les puces Inferentia sont conçues pour l&apos;inférence : selon AWS, Inf1 offre 50 % de performance par watt de plus que g4dn (C08) et Inf2 jusqu&apos;à 50 % de mieux que des instances comparables (C03). La copie passe de %1 x %2 à %3 x %4 au même débit ; l&apos;estimateur donne les heures et la puissance Neuron.</translation>
    </message>
    <message>
        <source>The model must compile with the AWS Neuron SDK; check operator support and re-validate accuracy after compilation.</source>
        <translation>Le modèle doit se compiler avec le SDK AWS Neuron ; vérifiez la prise en charge des opérateurs et revalidez la précision après compilation.</translation>
    </message>
    <message>
        <source>Serve on AWS Inferentia2</source>
        <translation>Servir sur AWS Inferentia2</translation>
    </message>
</context>
<context>
    <name>greenprint::InstanceNames</name>
    <message>
        <source>unknown instance type &quot;%1&quot;: no family &quot;%2&quot; in the catalog; closest known types: %3</source>
        <translation>type d’instance inconnu « %1 » : aucune famille « %2 » dans le catalogue ; types connus les plus proches : %3</translation>
    </message>
    <message>
        <source>%1 is an accelerated family and its accelerators per size do not follow the vCPUs, so a new size cannot be derived</source>
        <translation>%1 est une famille accélérée dont le nombre d’accélérateurs par taille ne suit pas les vCPU : une nouvelle taille ne peut pas être dérivée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size Greenprint can scale by vCPU</source>
        <translation>« %1 » n’est pas une taille que Greenprint peut mettre à l’échelle des vCPU</translation>
    </message>
    <message>
        <source>unknown instance type &quot;%1&quot;: %2; closest known types: %3</source>
        <translation>type d’instance inconnu « %1 » : %2 ; types connus les plus proches : %3</translation>
    </message>
    <message>
        <source>unknown instance type &quot;%1&quot;: no size of %2 to scale from; known types: %3</source>
        <translation>type d’instance inconnu « %1 » : aucune taille de %2 à mettre à l’échelle ; types connus : %3</translation>
    </message>
    <message>
        <source>derived: not in the catalog; %1 x %2 (%3 / %4 vCPUs)</source>
        <translation>dérivé : absent du catalogue ; %1 x %2 (%3 / %4 vCPU)</translation>
    </message>
    <message>
        <source>unknown instance type &quot;%1&quot;: SageMaker does not list it (the EC2 type %2 is known; use that name outside SageMaker)</source>
        <translation>type d’instance inconnu « %1 » : SageMaker ne le propose pas (le type EC2 %2 est connu ; utilisez ce nom hors de SageMaker)</translation>
    </message>
</context>
<context>
    <name>greenprint::InstancePickerDialog</name>
    <message>
        <source>Instance types</source>
        <translation>Types d&apos;instance</translation>
    </message>
    <message>
        <source>Peak is dense bf16 TFLOPS of all accelerators; the CPU index is vCPUs × throughput per vCPU (Skylake = 1). Typical watts: whole instance at the default utilization, before PUE, Greenprint power model. * Neuron chips (Inferentia, Trainium): derived assumption from AWS&apos;s relative perf-per-watt claims.</source>
        <translation>La crête est le débit dense bf16 en TFLOPS de tous les accélérateurs ; l&apos;indice CPU vaut vCPU × débit par vCPU (Skylake = 1). Watts typiques : instance entière à l&apos;utilisation par défaut, avant PUE, modèle de puissance Greenprint. * Puces Neuron (Inferentia, Trainium) : hypothèse déduite des comparaisons de performance par watt publiées par AWS.</translation>
    </message>
    <message>
        <source>Choose Instance Type</source>
        <translation>Choisir le type d&apos;instance</translation>
    </message>
    <message>
        <source>Search instances</source>
        <translation>Rechercher des instances</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Search instance or SageMaker ml. name, accelerator, category…</source>
        <translation>Rechercher une instance ou un nom SageMaker ml., un accélérateur, une catégorie…</translation>
    </message>
</context>
<context>
    <name>greenprint::InstanceTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>* Typical watts are a derived assumption: AWS publishes no power for Neuron chips; it follows from AWS&apos;s relative perf-per-watt claims and datasheet throughput.</source>
        <translation>* Les watts typiques sont une hypothèse déduite : AWS ne publie aucune puissance pour les puces Neuron ; elle découle des comparaisons de performance par watt d&apos;AWS et du débit de la fiche technique.</translation>
    </message>
    <message>
        <source>Idle and max figures: %1</source>
        <translation>Valeurs au repos et maximales : %1</translation>
    </message>
    <message>
        <source>Custom instance</source>
        <translation>Instance personnalisée</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1*</source>
        <extracomment>An asterisk marks a derived assumption (Neuron chips have no published power).</extracomment>
        <translation>%1*</translation>
    </message>
    <message>
        <source>Dense peak of all accelerators at bf16 (fp16 where bf16 is unpublished), TFLOPS</source>
        <translation>Crête dense de tous les accélérateurs en bf16 (fp16 quand bf16 n&apos;est pas publié), TFLOPS</translation>
    </message>
    <message>
        <source>CPU-only instances: vCPUs × relative throughput per vCPU (Skylake vCPU = 1)</source>
        <translation>Instances CPU seules : vCPU × débit relatif par vCPU (vCPU Skylake = 1)</translation>
    </message>
    <message>
        <source>Whole-instance watts at the default utilization with the Greenprint power model, before PUE. * = derived assumption (Neuron chips)</source>
        <translation>Watts de l&apos;instance entière à l&apos;utilisation par défaut avec le modèle de puissance Greenprint, avant PUE. * = hypothèse déduite (puces Neuron)</translation>
    </message>
    <message>
        <source>Peak TFLOPS per kilowatt of typical power</source>
        <translation>TFLOPS crête par kilowatt de puissance typique</translation>
    </message>
    <message>
        <source>Peak TFLOPS per USD of on-demand price per hour</source>
        <translation>TFLOPS crête par USD de prix à la demande par heure</translation>
    </message>
    <message>
        <source>Reference idle and maximum watts of the instance table</source>
        <translation>Watts au repos et maximaux de référence de la table des instances</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>Type d&apos;instance</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Mémoire (Gio)</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Accélérateurs</translation>
    </message>
    <message>
        <source>Peak (TFLOPS)</source>
        <translation>Crête (TFLOPS)</translation>
    </message>
    <message>
        <source>CPU index</source>
        <translation>Indice CPU</translation>
    </message>
    <message>
        <source>Typical (W)</source>
        <translation>Typique (W)</translation>
    </message>
    <message>
        <source>TFLOPS/kW</source>
        <translation>TFLOPS/kW</translation>
    </message>
    <message>
        <source>Price (USD/h)</source>
        <translation>Prix (USD/h)</translation>
    </message>
    <message>
        <source>TFLOPS per USD/h</source>
        <translation>TFLOPS par USD/h</translation>
    </message>
    <message>
        <source>Idle (W)</source>
        <translation>Repos (W)</translation>
    </message>
    <message>
        <source>Max (W)</source>
        <translation>Max. (W)</translation>
    </message>
    <message>
        <source>SageMaker name of %1 (%2)</source>
        <translation>Nom SageMaker de %1 (%2)</translation>
    </message>
    <message>
        <source>The same hardware under its other name: the SageMaker ml. name of an EC2 type, or the EC2 type behind an ml. name</source>
        <translation>Le même matériel sous son autre nom : le nom SageMaker ml. d’un type EC2, ou le type EC2 derrière un nom ml.</translation>
    </message>
    <message>
        <source>SageMaker / EC2 name</source>
        <translation>Nom SageMaker / EC2</translation>
    </message>
</context>
<context>
    <name>greenprint::IssuesModel</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>greenprint::IssuesView</name>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>greenprint::LogRetentionRule</name>
    <message>
        <source>Keep &quot;%1&quot; for one month</source>
        <translation>Conserver « %1 » pendant un mois</translation>
    </message>
    <message>
        <source>CloudWatch keeps logs indefinitely unless a retention is set; this plan keeps them %1. The copy keeps them one month. Assumption: one month meets your needs; set the period you actually need.</source>
        <translation>CloudWatch conserve les journaux indéfiniment si aucune durée de conservation n&apos;est définie ; ce plan les conserve %1. La copie les conserve un mois. Hypothèse : un mois vous suffit ; définissez la durée dont vous avez réellement besoin.</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>indéfiniment</translation>
    </message>
    <message>
        <source>Older logs are gone: export what audits or debugging need.</source>
        <translation>Les journaux plus anciens disparaissent : exportez ce dont les audits ou le débogage ont besoin.</translation>
    </message>
    <message>
        <source>Keep logs for one month</source>
        <translation>Conserver les journaux un mois</translation>
    </message>
</context>
<context>
    <name>greenprint::LogsForm</name>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume :</translation>
    </message>
    <message>
        <source> GB/month</source>
        <translation> Go/mois</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>&amp;Conservation :</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>How long each month&apos;s logs are kept. 0 means they never expire.</source>
        <translation>Durée de conservation des journaux de chaque mois. 0 signifie qu&apos;ils n&apos;expirent jamais.</translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation>N&apos;expire jamais</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>How many months the workload produces logs.</source>
        <translation>Nombre de mois pendant lesquels la charge de travail produit des journaux.</translation>
    </message>
    <message>
        <source>Logs ingested every month. Type a unit to convert: 2 TB is 2048 GB (AWS bills in binary units: 1 GB = 2^30 bytes, 1 TB = 1024 GB).</source>
        <translation>Journaux ingérés chaque mois. Saisissez une unité pour convertir : 2 TB font 2048 GB (AWS facture en unités binaires : 1 GB = 2^30 octets, 1 TB = 1024 GB).</translation>
    </message>
</context>
<context>
    <name>greenprint::MainWindow</name>
    <message>
        <source>Reference Data</source>
        <translation>Données de référence</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a component to the current stage</source>
        <translation>Ajouter un composant à l&apos;étape courante</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>Ajouter un composant</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Go to &amp;Stages</source>
        <translation>Aller aux é&amp;tapes</translation>
    </message>
    <message>
        <source>Go to &amp;Editor</source>
        <translation>Aller à l&apos;é&amp;diteur</translation>
    </message>
    <message>
        <source>Go to &amp;Issues</source>
        <translation>Aller aux &amp;problèmes</translation>
    </message>
    <message>
        <source>Go to &amp;Assumptions</source>
        <translation>Aller aux &amp;hypothèses</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>My &amp;Instances and Regions…</source>
        <translation>Mes &amp;instances et régions…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Greenprint</source>
        <translation>À &amp;propos de Greenprint</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>%1[*] — Greenprint</source>
        <translation>%1[*] — Greenprint</translation>
    </message>
    <message>
        <source>My Instances and Regions</source>
        <translation>Mes instances et régions</translation>
    </message>
    <message>
        <source>Your catalog could not be opened:
%1</source>
        <translation>Votre catalogue n&apos;a pas pu être ouvert :
%1</translation>
    </message>
    <message>
        <source>About Greenprint</source>
        <translation>À propos de Greenprint</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Greenprint %1&lt;/h3&gt;&lt;p&gt;Plan the energy, carbon and cost of a deep-learning workload on AWS before you run it.&lt;/p&gt;&lt;p&gt;Reference data version %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Greenprint %1&lt;/h3&gt;&lt;p&gt;Planifiez l&apos;énergie, les émissions et le coût d&apos;une charge de travail d&apos;apprentissage profond sur AWS avant de l&apos;exécuter.&lt;/p&gt;&lt;p&gt;Version des données de référence : %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>What-if Scenarios</source>
        <translation>Scénarios de simulation</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;What-if Scenarios</source>
        <translation>Scénarios de &amp;simulation</translation>
    </message>
    <message>
        <source>Plan vs Actual</source>
        <translation>Plan et réel</translation>
    </message>
    <message>
        <source>&amp;Plan vs Actual</source>
        <translation>&amp;Plan et réel</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source>Greenprint &amp;Manual</source>
        <translation>&amp;Manuel de Greenprint</translation>
    </message>
</context>
<context>
    <name>greenprint::ManualDialog</name>
    <message>
        <source>MFU (model FLOPs utilization)</source>
        <translation>MFU (utilisation des FLOPs du modèle)</translation>
    </message>
    <message>
        <source>The fraction of the accelerators&apos; peak floating-point throughput a job achieves. A job sized by its work runs for FLOPs ÷ (instances × peak TFLOPS × MFU) hours; Greenprint takes the MFU from published runs of the same accelerator class and lists it under the assumptions.</source>
        <translation>La part du débit de calcul en virgule flottante maximal des accélérateurs qu&apos;une tâche atteint réellement. Une tâche dimensionnée par son travail dure FLOPs ÷ (instances × TFLOPS de pointe × MFU) heures ; Greenprint prend la MFU d&apos;exécutions publiées de la même classe d&apos;accélérateur et l&apos;indique parmi les hypothèses.</translation>
    </message>
    <message>
        <source>PUE (power usage effectiveness)</source>
        <translation>PUE (indicateur d&apos;efficacité énergétique)</translation>
    </message>
    <message>
        <source>A data centre&apos;s total energy divided by the energy of its IT equipment; 1.0 would mean no cooling or power losses. Greenprint multiplies the servers&apos; energy by the Region&apos;s PUE, or by AWS&apos;s global PUE where AWS publishes none for the Region.</source>
        <translation>L&apos;énergie totale d&apos;un centre de données divisée par celle de ses équipements informatiques ; 1,0 signifierait aucune perte de refroidissement ni d&apos;alimentation. Greenprint multiplie l&apos;énergie des serveurs par le PUE de la région, ou par le PUE mondial d&apos;AWS là où AWS n&apos;en publie pas pour la région.</translation>
    </message>
    <message>
        <source>Location-based emissions</source>
        <translation>Émissions fondées sur la localisation</translation>
    </message>
    <message>
        <source>Operational emissions at the average carbon intensity of the grid the servers draw from (gCO2e per kWh), the GHG Protocol&apos;s Scope 2 location-based method. This is the figure Greenprint totals and compares.</source>
        <translation>Émissions opérationnelles à l&apos;intensité carbone moyenne du réseau qui alimente les serveurs (gCO2e par kWh), selon la méthode Scope 2 fondée sur la localisation du GHG Protocol. C&apos;est le chiffre que Greenprint additionne et compare.</translation>
    </message>
    <message>
        <source>Market-based emissions</source>
        <translation>Émissions fondées sur le marché</translation>
    </message>
    <message>
        <source>Embodied emissions</source>
        <translation>Émissions intrinsèques</translation>
    </message>
    <message>
        <source>The emissions of manufacturing the hardware (Scope 3), shared out over the servers&apos; lifetime (6 years by default, as AWS amortises its IT hardware) in proportion to the hours a plan uses them.</source>
        <translation>Les émissions de la fabrication du matériel (Scope 3), réparties sur la durée de vie des serveurs (6 ans par défaut, comme AWS amortit son matériel informatique) au prorata des heures qu&apos;un plan les utilise.</translation>
    </message>
    <message>
        <source>SCI (Software Carbon Intensity)</source>
        <translation>SCI (intensité carbone du logiciel)</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>Kilograms of carbon dioxide equivalent: every greenhouse gas counted as the mass of CO2 that warms as much over 100 years.</source>
        <translation>Kilogrammes d&apos;équivalent CO2 : chaque gaz à effet de serre compté comme la masse de CO2 qui réchauffe autant sur 100 ans.</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>The average load of an instance, from 0 to 1. Power rises with it from the idle to the full-load draw. A file that leaves it out assumes 0.5, CCF&apos;s average for cloud servers, and says so among the assumptions.</source>
        <translation>La charge moyenne d&apos;une instance, de 0 à 1. La puissance croît avec elle de la consommation au repos à celle à pleine charge. Un fichier qui l&apos;omet suppose 0,5, la moyenne du CCF pour les serveurs cloud, et l&apos;indique parmi les hypothèses.</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Fourchette</translation>
    </message>
    <message>
        <source>The low and high ends of an estimate: every uncertain input (grid intensity, power curve, achieved throughput) at its favourable and its unfavourable end.</source>
        <translation>Les bornes basse et haute d&apos;une estimation : chaque donnée incertaine (intensité du réseau, courbe de puissance, débit atteint) à son extrémité favorable et à son extrémité défavorable.</translation>
    </message>
    <message>
        <source>Greenprint Manual</source>
        <translation>Manuel de Greenprint</translation>
    </message>
    <message>
        <source>Glossary:</source>
        <translation>Glossaire :</translation>
    </message>
    <message>
        <source>Describing a plan</source>
        <translation>Décrire un plan</translation>
    </message>
    <message>
        <source>State each job by its hours, or by its work (model parameters, tokens, epochs, precision), from which the hours follow through the instance&apos;s throughput. Set the project&apos;s Region, or a Region per stage; the estimate follows every edit at once.</source>
        <translation>Indiquez chaque tâche par ses heures, ou par son travail (paramètres du modèle, jetons, époques, précision), dont les heures découlent via le débit de l&apos;instance. Choisissez la région du projet, ou une région par étape ; l&apos;estimation suit aussitôt chaque modification.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Sizes take their unit: type 2 TB, 1.5 PB or 500 MB and the field shows the size in GB. Greenprint uses AWS&apos;s billing units, in which 1 GB is 2^30 bytes, so 1 TB is 1024 GB.</source>
        <translation>Les tailles acceptent leur unité : saisissez 2 TB, 1,5 PB ou 500 MB et le champ affiche la taille en GB. Greenprint utilise les unités de facturation d&apos;AWS, où 1 GB vaut 2^30 octets, donc 1 TB vaut 1024 GB.</translation>
    </message>
    <message>
        <source>Parameters, tokens and requests are typed in billions or millions and kept as whole numbers: 8 billion parameters are saved as 8000000000.</source>
        <translation>Les paramètres, jetons et requêtes se saisissent en milliards ou en millions et sont conservés en nombres entiers : 8 milliards de paramètres sont enregistrés comme 8000000000.</translation>
    </message>
    <message>
        <source>In the Region and instance pickers the search only filters the table: the entry you chose stays chosen, and the line under the table names it.</source>
        <translation>Dans les sélecteurs de région et d&apos;instance, la recherche ne fait que filtrer le tableau : l&apos;entrée choisie reste choisie, et la ligne sous le tableau la nomme.</translation>
    </message>
    <message>
        <source>Reading the estimate</source>
        <translation>Lire l&apos;estimation</translation>
    </message>
    <message>
        <source>The dashboard shows energy, carbon and cost for the whole plan and per stage, each with its band. Issues lists what could not be estimated and why; Assumptions lists every figure that is not a published value, with its reason, including the defaults a hand-written file relied on.</source>
        <translation>Le tableau de bord montre l&apos;énergie, les émissions et le coût du plan entier et par étape, chacun avec sa fourchette. Problèmes liste ce qui n&apos;a pas pu être estimé et pourquoi ; Hypothèses liste chaque chiffre qui n&apos;est pas une valeur publiée, avec sa raison, y compris les valeurs par défaut sur lesquelles s&apos;appuie un fichier écrit à la main.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>A plan is one deep-learning workload in the four stages of the AWS guidance for sustainable machine learning: data processing, model building, training and inference. Choose a stage on the left, then add its components with Edit &gt; Add Component: compute jobs, storage, transfers, notebooks, tuning jobs, endpoints and logs.</source>
        <translation>Un plan est une charge de travail d&apos;apprentissage profond dans les quatre étapes du guide AWS pour un apprentissage automatique durable : traitement des données, construction du modèle, entraînement et inférence. Choisissez une étape à gauche, puis ajoutez ses composants avec Édition &gt; Ajouter un composant : calculs, stockage, transferts, notebooks, réglages d&apos;hyperparamètres, points de terminaison et journaux.</translation>
    </message>
    <message>
        <source>Edit &gt; Duplicate Component names the copy after the original with the next free number: &quot;Notebook (2)&quot;, &quot;Notebook (3)&quot;.</source>
        <translation>Édition &gt; Dupliquer le composant nomme la copie d&apos;après l&apos;original avec le prochain numéro libre : « Notebook (2) », « Notebook (3) ».</translation>
    </message>
    <message>
        <source>The What-if view offers suggestions from the AWS guidance with their savings; tick them into scenarios and compare them with the baseline. File &gt; Export writes the plan as PDF or CSV.</source>
        <translation>La vue de simulation propose des suggestions du guide AWS avec leurs économies ; cochez-les dans des scénarios et comparez ceux-ci à la référence. Fichier &gt; Exporter écrit le plan en PDF ou en CSV.</translation>
    </message>
    <message>
        <source>Changing a field in a scenario</source>
        <translation>Modifier un champ dans un scénario</translation>
    </message>
    <message>
        <source>A scenario can also change any figure or choice of the plan without touching the plan itself. In the What-if view&apos;s Field overrides, choose the stage or component (&quot;Training › Fine-tune 8B&quot;), then the field as the editor names it (Instance type, Count, Hours, Utilization, Region override, …), give the value in the same editor as in the plan (the instance or Region picker, a number with its unit, a list of choices) and press Set.</source>
        <translation>Un scénario peut aussi modifier n&apos;importe quel chiffre ou choix du plan sans toucher au plan lui-même. Dans les champs remplacés de la vue de simulation, choisissez l&apos;étape ou le composant (« Training › Fine-tune 8B »), puis le champ tel que l&apos;éditeur le nomme (type d&apos;instance, nombre, heures, utilisation, région de l&apos;étape, …), saisissez la valeur dans le même éditeur que pour le plan (sélecteur d&apos;instance ou de région, nombre avec son unité, liste de choix) et cliquez sur Définir.</translation>
    </message>
    <message>
        <source>Each row reads &quot;component · field&quot; and &quot;plan value → scenario value&quot;. Double-click the value to change it in place, select a row and press Remove to take it out; Edit &gt; Undo takes back every change. A row that names a field the plan no longer has (a file edited by hand) stays, as written, with its problem in the Problem column; correct or remove it.</source>
        <translation>Chaque ligne se lit « composant · champ » et « valeur du plan → valeur du scénario ». Double-cliquez sur la valeur pour la modifier sur place, sélectionnez une ligne et cliquez sur Supprimer pour la retirer ; Édition &gt; Annuler reprend chaque modification. Une ligne qui nomme un champ que le plan n&apos;a plus (un fichier modifié à la main) reste telle qu&apos;écrite, avec son problème dans la colonne Problème ; corrigez-la ou supprimez-la.</translation>
    </message>
    <message>
        <source>Advanced: &quot;JSON path…&quot; sets a field of the project file by its path (stages[2].components[0].hours, counting from 0) and a value; text needs no quotes.</source>
        <translation>Avancé : « Chemin JSON… » définit un champ du fichier de projet par son chemin (stages[2].components[0].hours, en comptant à partir de 0) et une valeur ; le texte n&apos;a pas besoin de guillemets.</translation>
    </message>
    <message>
        <source>A job that runs again and again, such as a weekly ETL or a nightly retraining, is one compute component: set Runs to every day, week or month and For to the months it keeps running. Its hours or work are one run&apos;s; the estimate counts every run (a month is 730 h, so weekly for 12 months is 52.1 runs), states the count under Assumptions, and its figure per pipeline or training run stays one run&apos;s.</source>
        <translation>Une tâche qui s&apos;exécute encore et encore, comme un ETL hebdomadaire ou un réentraînement chaque nuit, est un seul composant de calcul : réglez Exécutions sur chaque jour, semaine ou mois et Pendant sur le nombre de mois où elle continue. Ses heures ou son travail sont ceux d&apos;une exécution ; l&apos;estimation compte chaque exécution (un mois compte 730 h, donc hebdomadaire pendant 12 mois fait 52,1 exécutions), indique ce nombre dans les hypothèses, et son chiffre par exécution de pipeline ou d&apos;entraînement reste celui d&apos;une exécution.</translation>
    </message>
    <message>
        <source>An endpoint&apos;s traffic is typed in requests per month (730 h) and served over its hours provisioned: 2 million a month for a year (8760 h) are 24 million requests.</source>
        <translation>Le trafic d&apos;un point de terminaison se saisit en requêtes par mois (730 h) et est servi sur ses heures provisionnées : 2 millions par mois pendant un an (8760 h) font 24 millions de requêtes.</translation>
    </message>
    <message>
        <source>Operational emissions counted with the electricity bought or matched by contract, the GHG Protocol&apos;s Scope 2 market-based method: 0 gCO2e per kWh in Regions where AWS matched its consumption with renewable energy in the chosen year; elsewhere the residual mix of the Region&apos;s country where a published one is stored (the AIB European Residual Mix for EU countries), else the location-based factor, each listed under Assumptions. It is shown beside the location-based figure, never instead of it.</source>
        <translation>Émissions opérationnelles comptées avec l&apos;électricité achetée ou couverte par contrat, selon la méthode Scope 2 fondée sur le marché du GHG Protocol : 0 gCO2e par kWh dans les régions où AWS a couvert sa consommation par de l&apos;énergie renouvelable l&apos;année choisie ; ailleurs, le mix résiduel du pays de la région lorsqu&apos;un mix publié est enregistré (le AIB European Residual Mix pour les pays de l&apos;UE), sinon le facteur fondé sur la localisation, chacun listé sous Hypothèses. Ce chiffre figure à côté de celui fondé sur la localisation, jamais à sa place.</translation>
    </message>
    <message>
        <source>The Green Software Foundation&apos;s rate, standardised as ISO/IEC 21031: (E × I + M) per R, energy times grid intensity plus embodied emissions, per functional unit R. Greenprint gives it per pipeline run, per notebook week, per training run, per 1,000 requests served and per 1 M tokens served (prompt and output tokens together).</source>
        <translation>Le taux de la Green Software Foundation, normalisé sous ISO/IEC 21031 : (E × I + M) par R, l&apos;énergie multipliée par l&apos;intensité du réseau plus les émissions intrinsèques, par unité fonctionnelle R. Greenprint le donne par exécution du pipeline, par semaine de notebook, par entraînement, pour 1 000 requêtes servies et pour 1 M de jetons servis (jetons d&apos;entrée et de sortie ensemble).</translation>
    </message>
</context>
<context>
    <name>greenprint::MarketBased</name>
    <message>
        <source>%1: market-based carbon uses the residual mix of %2, %3 gCO2/kWh (%4): AWS lists the Region as not renewable-matched in %5</source>
        <translation>%1 : les émissions fondées sur le marché utilisent le mix résiduel de %2, %3 gCO2/kWh (%4) : AWS ne mentionne pas la région comme couverte par des énergies renouvelables en %5</translation>
    </message>
    <message>
        <source>; no %1 residual mix is stored, the %2 one stands in</source>
        <translation> ; aucun mix résiduel de %1 n&apos;est enregistré, celui de %2 le remplace</translation>
    </message>
    <message>
        <source>; the %1 gCO2/kWh is taken from a third-party copy of the publication, not re-read from it, because no copy of the original is stored (residual_mix.csv names both)</source>
        <translation> ; les %1 gCO2/kWh proviennent d&apos;une copie de la publication faite par un tiers, non relue dans l&apos;original, faute de copie enregistrée de celui-ci (residual_mix.csv cite les deux)</translation>
    </message>
    <message>
        <source>%1 (%2): no residual mix published in the sources Greenprint stores; location-based value used for market-based carbon (%3 gCO2/kWh), as AWS lists the Region as not renewable-matched in %4</source>
        <translation>%1 (%2) : aucun mix résiduel publié dans les sources enregistrées par Greenprint ; la valeur fondée sur la localisation est utilisée pour les émissions fondées sur le marché (%3 gCO2/kWh), car AWS ne mentionne pas la région comme couverte par des énergies renouvelables en %4</translation>
    </message>
</context>
<context>
    <name>greenprint::MemoryPower</name>
    <message>
        <source>Memory above the per-chip baseline of its CPU generation draws %1 W per GB (CCF&apos;s rate), but a host&apos;s memory never more than its modules can: %2 modules per CPU chip (assumed: 8 channels x 2 modules) at %3 W each (Crucial&apos;s per-module figure), shared by the excess, so large hosts do not add hundreds of watts. A host has one CPU chip per 96 vCPUs (CCF&apos;s rule).</source>
        <translation>La mémoire au-delà de la dotation de base par puce de sa génération de CPU consomme %1 W par Go (taux de CCF), mais la mémoire d&apos;un hôte jamais plus que ses modules ne le peuvent : %2 modules par puce CPU (hypothèse : 8 canaux x 2 modules) à %3 W chacun (valeur de Crucial par module), répartis sur l&apos;excédent, afin que les grands hôtes n&apos;ajoutent pas des centaines de watts. Un hôte a une puce CPU par 96 vCPU (règle de CCF).</translation>
    </message>
</context>
<context>
    <name>greenprint::MethodChoices</name>
    <message>
        <source>Per region, the best available value: Electricity Maps 2023 where published, else the open datasets.</source>
        <translation>Pour chaque région, la meilleure valeur disponible : Electricity Maps 2023 quand elle est publiée, sinon les jeux de données ouverts.</translation>
    </message>
    <message>
        <source>%1
Year: %2
Basis: %3</source>
        <translation>%1
Année : %2
Base : %3</translation>
    </message>
</context>
<context>
    <name>greenprint::MethodProfile</name>
    <message>
        <source>built-in fallback: not in the reference data</source>
        <translation>valeur de repli intégrée : absente des données de référence</translation>
    </message>
</context>
<context>
    <name>greenprint::MixedPrecisionRule</name>
    <message>
        <source>Train &quot;%1&quot; in bf16 mixed precision</source>
        <translation>Entraîner « %1 » en précision mixte bf16</translation>
    </message>
    <message>
        <source>Measured on an H100, a BERT-base training step in bf16 used %1 less energy than in fp32. The copy applies that as %1 fewer busy hours of this %2 job.</source>
        <translation>Mesuré sur un H100, un pas d&apos;entraînement de BERT-base en bf16 consommait %1 d&apos;énergie de moins qu&apos;en fp32. La copie l&apos;applique comme %1 d&apos;heures occupées en moins pour cette tâche %2.</translation>
    </message>
    <message>
        <source>Mixed precision usually reaches the same accuracy; check loss scaling and numerically sensitive layers.</source>
        <translation>La précision mixte atteint généralement la même précision ; vérifiez la mise à l&apos;échelle de la perte et les couches numériquement sensibles.</translation>
    </message>
    <message>
        <source>Train in bf16 mixed precision</source>
        <translation>Entraîner en précision mixte bf16</translation>
    </message>
</context>
<context>
    <name>greenprint::MultiModelEndpointRule</name>
    <message>
        <source>Models load on their first request after a while unused (a cold load adds latency); suited to similar models that are not all busy at once.</source>
        <translation>Les modèles se chargent à leur première requête après une période sans usage (un chargement à froid ajoute de la latence) ; adapté à des modèles similaires qui ne sont pas tous sollicités en même temps.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; behind the same multi-model endpoint as &quot;%2&quot;</source>
        <translation>Héberger « %1 » derrière le même point de terminaison multimodèle que « %2 »</translation>
    </message>
    <message>
        <source>Sharing endpoint resources is more sustainable than one endpoint per model: AWS cites up to 90 % lower inference cost and carbon (C20). The copy serves both from one endpoint with the larger instance count and the combined load.</source>
        <translation>Partager les ressources d&apos;un point de terminaison est plus durable qu&apos;un point de terminaison par modèle : AWS cite jusqu&apos;à 90 % de coût et d&apos;émissions d&apos;inférence en moins (C20). La copie sert les deux depuis un seul point de terminaison, avec le plus grand nombre d&apos;instances et la charge cumulée.</translation>
    </message>
    <message numerus="yes">
        <source>Serve the %1 models of &quot;%2&quot; from one multi-model endpoint on %n instance(s)</source>
        <translation>
            <numerusform>Servir les %1 modèles de « %2 » depuis un point de terminaison multimodèle sur %n instance</numerusform>
            <numerusform>Servir les %1 modèles de « %2 » depuis un point de terminaison multimodèle sur %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 instances at %2 load host %3 models. Behind one multi-model endpoint (up to 90 % lower inference cost and carbon, C20) they share %n instance(s). Assumption: the load packs at up to 75 % utilization.</source>
        <translation>
            <numerusform>%1 instances à %2 de charge hébergent %3 modèles. Derrière un point de terminaison multimodèle (jusqu&apos;à 90 % de coût et d&apos;émissions d&apos;inférence en moins, C20), elles partagent %n instance. Hypothèse : la charge est regroupée jusqu&apos;à 75 % d&apos;utilisation.</numerusform>
            <numerusform>%1 instances à %2 de charge hébergent %3 modèles. Derrière un point de terminaison multimodèle (jusqu&apos;à 90 % de coût et d&apos;émissions d&apos;inférence en moins, C20), elles partagent %n instances. Hypothèse : la charge est regroupée jusqu&apos;à 75 % d&apos;utilisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Host the endpoints behind one multi-model endpoint</source>
        <translation>Héberger les points de terminaison derrière un point de terminaison multimodèle</translation>
    </message>
    <message>
        <source>Serve several models from one multi-model endpoint</source>
        <translation>Servir plusieurs modèles depuis un point de terminaison multimodèle</translation>
    </message>
</context>
<context>
    <name>greenprint::Names</name>
    <message>
        <source>Data processing</source>
        <translation>Traitement des données</translation>
    </message>
    <message>
        <source>Model building</source>
        <translation>Conception du modèle</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inférence</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>Transfert de données</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Hyperparameter tuning</source>
        <translation>Réglage des hyperparamètres</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>S3 Standard</source>
        <translation>S3 Standard</translation>
    </message>
    <message>
        <source>S3 Intelligent-Tiering</source>
        <translation>S3 Intelligent-Tiering</translation>
    </message>
    <message>
        <source>S3 Standard-IA</source>
        <translation>S3 Standard-IA</translation>
    </message>
    <message>
        <source>S3 One Zone-IA</source>
        <translation>S3 One Zone-IA</translation>
    </message>
    <message>
        <source>S3 Glacier Instant Retrieval</source>
        <translation>S3 Glacier Instant Retrieval</translation>
    </message>
    <message>
        <source>S3 Glacier Flexible Retrieval</source>
        <translation>S3 Glacier Flexible Retrieval</translation>
    </message>
    <message>
        <source>S3 Glacier Deep Archive</source>
        <translation>S3 Glacier Deep Archive</translation>
    </message>
    <message>
        <source>EBS gp3 (SSD)</source>
        <translation>EBS gp3 (SSD)</translation>
    </message>
    <message>
        <source>EBS io2 (SSD)</source>
        <translation>EBS io2 (SSD)</translation>
    </message>
    <message>
        <source>EBS st1 (HDD)</source>
        <translation>EBS st1 (HDD)</translation>
    </message>
    <message>
        <source>EFS</source>
        <translation>EFS</translation>
    </message>
    <message>
        <source>Trainium</source>
        <translation>Trainium</translation>
    </message>
    <message>
        <source>Inferentia</source>
        <translation>Inferentia</translation>
    </message>
    <message>
        <source>NVIDIA GPU</source>
        <translation>GPU NVIDIA</translation>
    </message>
    <message>
        <source>Graviton</source>
        <translation>Graviton</translation>
    </message>
    <message>
        <source>x86 CPU</source>
        <translation>CPU x86</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Other accelerator</source>
        <translation>Autre accélérateur</translation>
    </message>
    <message>
        <source>Greenprint</source>
        <translation>Greenprint</translation>
    </message>
    <message>
        <source>Cloud Carbon Footprint</source>
        <translation>Cloud Carbon Footprint</translation>
    </message>
    <message>
        <source>Green Algorithms</source>
        <translation>Green Algorithms</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Electricity Maps 2023</source>
        <translation>Electricity Maps 2023</translation>
    </message>
    <message>
        <source>OWID / Ember</source>
        <translation>OWID / Ember</translation>
    </message>
</context>
<context>
    <name>greenprint::NeoCompileRule</name>
    <message>
        <source>Compile &quot;%1&quot; for its serving hardware with SageMaker Neo</source>
        <translation>Compiler « %1 » pour son matériel de service avec SageMaker Neo</translation>
    </message>
    <message>
        <source>Neo compiles the model into an optimized form for the target instance. No source publishes a Neo saving; the copy applies the compilation saving measured on an H100 (torch.compile, %1 less energy per training sample) to the endpoint&apos;s busy time. Assumption: inference gains about as much.</source>
        <translation>Neo compile le modèle sous une forme optimisée pour l&apos;instance cible. Aucune source ne publie d&apos;économie due à Neo ; la copie applique au temps occupé du point de terminaison l&apos;économie de compilation mesurée sur un H100 (torch.compile, %1 d&apos;énergie en moins par échantillon d&apos;entraînement). Hypothèse : l&apos;inférence y gagne à peu près autant.</translation>
    </message>
    <message>
        <source>Re-validate accuracy after compilation; not every operator compiles.</source>
        <translation>Revalidez la précision après compilation ; tous les opérateurs ne se compilent pas.</translation>
    </message>
    <message>
        <source>Compile models for their serving hardware with SageMaker Neo</source>
        <translation>Compiler les modèles pour leur matériel de service avec SageMaker Neo</translation>
    </message>
</context>
<context>
    <name>greenprint::NeuronPower</name>
    <message>
        <source>%1 uses %2 x the energy of %3 for the same %4 work (%5): at achieved fractions of peak %6 and %7, host and memory %8 W and %9 W, the chip draws %10 W at full load</source>
        <translation>%1 consomme %2 fois l’énergie de %3 pour le même travail de %4 (%5) : avec des fractions atteintes de la crête de %6 et %7 et un hôte et une mémoire de %8 W et %9 W, la puce consomme %10 W à pleine charge</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>inférence</translation>
    </message>
</context>
<context>
    <name>greenprint::NotebookForm</name>
    <message>
        <source>The notebook&apos;s instance type.</source>
        <translation>Le type d&apos;instance du notebook.</translation>
    </message>
    <message>
        <source>&amp;Active:</source>
        <translation>&amp;Actif :</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> h/semaine</translation>
    </message>
    <message>
        <source>Hours per week someone works in the notebook.</source>
        <translation>Heures par semaine pendant lesquelles quelqu&apos;un travaille dans le notebook.</translation>
    </message>
    <message>
        <source>I&amp;dle:</source>
        <translation>&amp;Inactif :</translation>
    </message>
    <message>
        <source>Hours per week the notebook is left running unused; it draws idle power and is billed.</source>
        <translation>Heures par semaine pendant lesquelles le notebook tourne sans être utilisé ; il consomme sa puissance au repos et il est facturé.</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>&amp;Semaines :</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>How many weeks the notebook is used.</source>
        <translation>Nombre de semaines d&apos;utilisation du notebook.</translation>
    </message>
    <message>
        <source>&amp;Utilization:</source>
        <translation>&amp;Utilisation :</translation>
    </message>
    <message>
        <source>Average load while active.</source>
        <translation>Charge moyenne pendant l&apos;activité.</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Nombre :</translation>
    </message>
    <message>
        <source> notebooks</source>
        <translation> notebooks</translation>
    </message>
    <message>
        <source>Identical notebooks, one per person, each with the hours below: four scientists are one component with count 4.</source>
        <translation>Notebooks identiques, un par personne, chacun avec les heures ci-dessous : quatre data scientists font un composant de nombre 4.</translation>
    </message>
</context>
<context>
    <name>greenprint::OneZoneIaRule</name>
    <message>
        <source>Keep &quot;%1&quot; in S3 One Zone-IA if it can be re-created</source>
        <translation>Conserver « %1 » dans S3 One Zone-IA s&apos;il peut être recréé</translation>
    </message>
    <message>
        <source>Data you can easily re-create (derived, tokenized or scored data) does not need copies in several Availability Zones. The reference data counts %1 stored copies for %2 and %3 for One Zone-IA.</source>
        <translation>Les données faciles à recréer (dérivées, tokenisées ou notées) n&apos;ont pas besoin de copies dans plusieurs zones de disponibilité. Les données de référence comptent %1 copies stockées pour %2 et %3 pour One Zone-IA.</translation>
    </message>
    <message>
        <source>The data is lost if its Availability Zone is; re-creating it costs the processing again. Retrieval is billed per GB.</source>
        <translation>Les données sont perdues si leur zone de disponibilité l&apos;est ; les recréer coûte à nouveau le traitement. La récupération est facturée au Go.</translation>
    </message>
    <message>
        <source>The reference data has no price for One Zone-IA: the cost saving is not counted.</source>
        <translation>Les données de référence n&apos;ont aucun prix pour One Zone-IA : l&apos;économie de coût n&apos;est pas comptée.</translation>
    </message>
    <message>
        <source>Keep re-creatable data in S3 One Zone-IA</source>
        <translation>Garder les données recréables dans S3 One Zone-IA</translation>
    </message>
</context>
<context>
    <name>greenprint::OverrideApplier</name>
    <message>
        <source>the project cannot be written: %1</source>
        <translation>le projet ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be overridden</source>
        <translation>« %1 » ne peut pas être remplacé</translation>
    </message>
    <message>
        <source>the value is not valid JSON: %1</source>
        <translation>la valeur n&apos;est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <source>there is no %1 to remove</source>
        <translation>il n&apos;y a pas de %1 à supprimer</translation>
    </message>
    <message>
        <source>the project has no field %1</source>
        <translation>le projet n&apos;a pas de champ %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is out of range (%2 has %n item(s))</source>
        <translation>
            <numerusform>%1 est hors limites (%2 a %n élément)</numerusform>
            <numerusform>%1 est hors limites (%2 a %n éléments)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>an item of a list cannot be removed; set a value</source>
        <translation>un élément d&apos;une liste ne peut pas être supprimé ; définissez une valeur</translation>
    </message>
    <message>
        <source>adds a key the file format does not define at that place</source>
        <translation>ajoute une clé que le format de fichier ne définit pas à cet endroit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>greenprint::OverrideEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Field overrides of the current scenario</source>
        <translation>Substitutions de champs du scénario courant</translation>
    </message>
    <message>
        <source>Override field (JSON path)</source>
        <translation>Champ à substituer (chemin JSON)</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>Supprimer la substitution</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Champ :</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Définir</translation>
    </message>
    <message>
        <source>Stage or component to change</source>
        <translation>Étape ou composant à modifier</translation>
    </message>
    <message>
        <source>The stage or component of the plan whose field the scenario changes</source>
        <translation>L&apos;étape ou le composant du plan dont le scénario modifie un champ</translation>
    </message>
    <message>
        <source>Field to change</source>
        <translation>Champ à modifier</translation>
    </message>
    <message>
        <source>The field, as the plan&apos;s editor names it</source>
        <translation>Le champ, tel que l&apos;éditeur du plan le nomme</translation>
    </message>
    <message>
        <source>Set override</source>
        <translation>Définir une substitution</translation>
    </message>
    <message>
        <source>Set this field to this value in the scenario (added, or changed when the scenario overrides it already)</source>
        <translation>Donner cette valeur à ce champ dans le scénario (ajouté, ou modifié si le scénario le remplace déjà)</translation>
    </message>
    <message>
        <source>JSON path…</source>
        <translation>Chemin JSON…</translation>
    </message>
    <message>
        <source>Advanced: override any field of the project file by its JSON path</source>
        <translation>Avancé : remplacer n&apos;importe quel champ du fichier de projet par son chemin JSON</translation>
    </message>
    <message>
        <source>stages[2].components[0].instance</source>
        <translation>stages[2].components[0].instance</translation>
    </message>
    <message>
        <source>A field of the project file, e.g. stages[2].components[0].instance (stages and components count from 0)</source>
        <translation>Un champ du fichier de projet, p. ex. stages[2].components[0].instance (étapes et composants comptés à partir de 0)</translation>
    </message>
    <message>
        <source>eu-north-1</source>
        <translation>eu-north-1</translation>
    </message>
    <message>
        <source>Override value</source>
        <translation>Valeur de remplacement</translation>
    </message>
    <message>
        <source>The new value: a number, true or false, null to remove an optional field, or text (quotes are added for you)</source>
        <translation>La nouvelle valeur : un nombre, true ou false, null pour retirer un champ facultatif, ou du texte (les guillemets sont ajoutés pour vous)</translation>
    </message>
    <message>
        <source>Add override by JSON path</source>
        <translation>Ajouter un remplacement par chemin JSON</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>C&amp;hemin :</translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation>V&amp;aleur :</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Modifier :</translation>
    </message>
</context>
<context>
    <name>greenprint::OverrideFields</name>
    <message>
        <source>%1 (stage)</source>
        <translation>%1 (étape)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation>absent du plan</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation>%1 (projet)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
</context>
<context>
    <name>greenprint::OverrideTableModel</name>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>not estimated: %1</source>
        <translation>non estimé : %1</translation>
    </message>
    <message>
        <source>cost unknown: no price for &quot;%1&quot; in the reference data</source>
        <translation>coût inconnu : aucun prix pour « %1 » dans les données de référence</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Plan → scenario</source>
        <translation>Plan → scénario</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
</context>
<context>
    <name>greenprint::ParetoChart</name>
    <message>
        <source>Pareto front of one stage: carbon against cost, hours as colour</source>
        <translation>Front de Pareto d&apos;une étape : émissions face au coût, heures en couleur</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Plan actuel</translation>
    </message>
    <message>
        <source>≤ %1 h</source>
        <translation>≤ %1 h</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 h</translation>
    </message>
    <message>
        <source>%1
%2 %3, %4 USD, %5 h
Click to create a scenario from it.</source>
        <translation>%1
%2 %3, %4 USD, %5 h
Cliquez pour en créer un scénario.</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
</context>
<context>
    <name>greenprint::ParetoPanel</name>
    <message>
        <source>Stage of the Pareto front</source>
        <translation>Étape du front de Pareto</translation>
    </message>
    <message>
        <source>%1, %2 × %3</source>
        <translation>%1, %2 × %3</translation>
    </message>
    <message>
        <source>%1 (current plan)</source>
        <translation>%1 (plan actuel)</translation>
    </message>
    <message>
        <source>%1: carbon against cost, time as colour</source>
        <translation>%1 : émissions face au coût, durée en couleur</translation>
    </message>
    <message>
        <source>Nothing to search in this stage (no components, or it runs on your own hardware).</source>
        <translation>Rien à explorer dans cette étape (aucun composant, ou elle tourne sur votre propre matériel).</translation>
    </message>
    <message>
        <source>Only the allowed regions (%1) are searched.</source>
        <translation>Seules les régions autorisées (%1) sont explorées.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1 in %2 on %3 × %4</source>
        <translation>%1 dans %2 sur %3 × %4</translation>
    </message>
    <message numerus="yes">
        <source>%n non-dominated way(s) to run this stage among %1 evaluated. Click a point to create a scenario from it.</source>
        <translation>
            <numerusform>%n façon non dominée d&apos;exécuter cette étape parmi %1 évaluées. Cliquez sur un point pour en créer un scénario.</numerusform>
            <numerusform>%n façons non dominées d&apos;exécuter cette étape parmi %1 évaluées. Cliquez sur un point pour en créer un scénario.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current plan (square) is beaten on carbon, cost and time.</source>
        <translation>Le plan actuel (carré) est battu sur les émissions, le coût et la durée.</translation>
    </message>
    <message>
        <source>About the Pareto front</source>
        <translation>À propos du front de Pareto</translation>
    </message>
    <message>
        <source>The stage has components without a price: every point&apos;s cost leaves them out, as the plan&apos;s does.</source>
        <translation>L’étape comporte des composants sans prix : le coût de chaque point les omet, comme celui du plan.</translation>
    </message>
    <message>
        <source>Pareto front of &amp;stage or plan:</source>
        <translation>Front de Pareto de l’é&amp;tape ou du plan :</translation>
    </message>
    <message>
        <source>Nothing to search: the plan has no components.</source>
        <translation>Rien à explorer : le plan n’a aucun composant.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Plan entier</translation>
    </message>
    <message>
        <source>Every stage in one region, each on its planned hardware or on a hardware move the advisor offers, with the one-off copy of stored data counted</source>
        <translation>Chaque étape dans une même région, chacune sur son matériel prévu ou sur un changement de matériel que propose le conseiller, avec la copie unique des données stockées comptée</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s) not offered: a constraint removes them or the job cannot run there (hover here for why).</source>
        <translation>
            <numerusform>%n option non proposée : une contrainte l’exclut ou la tâche ne peut pas y tourner (survolez ici pour savoir pourquoi).</numerusform>
            <numerusform>%n options non proposées : une contrainte les exclut ou la tâche ne peut pas y tourner (survolez ici pour savoir pourquoi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n way(s) on the whole plan&apos;s front among %1 evaluated, %2 of them not offered (hover here for why). Click a point to add it as a scenario.</source>
        <translation>
            <numerusform>%n façon sur le front du plan entier parmi %1 évaluées, dont %2 non proposées (survolez ici pour savoir pourquoi). Cliquez sur un point pour l’ajouter comme scénario.</numerusform>
            <numerusform>%n façons sur le front du plan entier parmi %1 évaluées, dont %2 non proposées (survolez ici pour savoir pourquoi). Cliquez sur un point pour l’ajouter comme scénario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n way(s) on the front run where AWS&apos;s offering of the type is not known: check before you plan on it (hover here).</source>
        <translation>
            <numerusform>%n option du front tourne là où l’offre du type par AWS n’est pas connue : vérifiez-le avant de compter dessus (survolez ici).</numerusform>
            <numerusform>%n options du front tournent là où l’offre du type par AWS n’est pas connue : vérifiez-le avant de compter dessus (survolez ici).</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching the front of the plan as changed…</source>
        <translation>Recherche du front du plan modifié…</translation>
    </message>
</context>
<context>
    <name>greenprint::ParetoSearch</name>
    <message>
        <source>the latency ceiling of %1 ms (constraints.latencyCeilingMs) removes %2: the latency table has no round trip from %3 to it</source>
        <translation>le plafond de latence de %1 ms (constraints.latencyCeilingMs) exclut %2 : la table de latence n’a pas d’aller-retour de %3 vers elle</translation>
    </message>
    <message>
        <source>the latency ceiling of %1 ms (constraints.latencyCeilingMs) removes %2: users near %3 would wait a median %4 ms round trip (region_latency.csv)</source>
        <translation>le plafond de latence de %1 ms (constraints.latencyCeilingMs) exclut %2 : les utilisateurs près de %3 attendraient un aller-retour médian de %4 ms (region_latency.csv)</translation>
    </message>
    <message>
        <source>%1 is not offered in %2 (EC2 offerings of %3)</source>
        <translation>%1 n’est pas proposé dans %2 (offres EC2 du %3)</translation>
    </message>
    <message>
        <source>whether %1 offers %2 is not known (the EC2 offerings snapshot does not cover the region or the type)</source>
        <translation>on ne sait pas si %1 propose %2 (l’instantané des offres EC2 ne couvre pas la région ou le type)</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfActualSection</name>
    <message>
        <source>Plan against actual</source>
        <translation>Plan et réel</translation>
    </message>
    <message>
        <source>What really ran, from the imported bills and logs, beside the plan. Actual energy and carbon are estimated with the plan&apos;s method from the billed instance types, hours and Regions and the measured utilization; actual cost is the bill&apos;s.</source>
        <translation>Ce qui a réellement tourné, d&apos;après les factures et journaux importés, à côté du plan. L&apos;énergie et les émissions réelles sont estimées avec la méthode du plan à partir des types d&apos;instance, heures et régions facturés et de l&apos;utilisation mesurée ; le coût réel est celui de la facture.</translation>
    </message>
    <message>
        <source>Billed usage from %1 to %2.</source>
        <translation>Utilisation facturée du %1 au %2.</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimé</translation>
    </message>
    <message>
        <source>Stage / component</source>
        <translation>Étape / composant</translation>
    </message>
    <message>
        <source>Planned kgCO2e</source>
        <translation>kgCO2e prévus</translation>
    </message>
    <message>
        <source>Actual kgCO2e</source>
        <translation>kgCO2e réels</translation>
    </message>
    <message>
        <source>Change (kgCO2e)</source>
        <translation>Variation (kgCO2e)</translation>
    </message>
    <message>
        <source>Planned h</source>
        <translation>h prévues</translation>
    </message>
    <message>
        <source>Actual h</source>
        <translation>h réelles</translation>
    </message>
    <message>
        <source>Planned USD</source>
        <translation>USD prévus</translation>
    </message>
    <message>
        <source>Actual USD</source>
        <translation>USD réels</translation>
    </message>
    <message>
        <source>%1 kgCO2e</source>
        <translation>%1 kgCO2e</translation>
    </message>
    <message numerus="yes">
        <source>Unplanned usage (%n kind(s))</source>
        <translation>
            <numerusform>Utilisation non prévue (%n type)</numerusform>
            <numerusform>Utilisation non prévue (%n types)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>* Part of the usage could not be estimated (an instance type or Region without reference data, or usage outside a plan&apos;s physics): the figures cover the rest.</source>
        <translation>* Une partie de l&apos;utilisation n&apos;a pas pu être estimée (un type d&apos;instance ou une région sans données de référence, ou un usage hors de la physique d&apos;un plan) : les chiffres couvrent le reste.</translation>
    </message>
    <message>
        <source>What drove the differences</source>
        <translation>Ce qui explique les écarts</translation>
    </message>
    <message>
        <source>Unplanned usage</source>
        <translation>Utilisation non prévue</translation>
    </message>
    <message>
        <source>%1 in %2: %3 kgCO2e, %4 USD — %5</source>
        <translation>%1 dans %2 : %3 kgCO2e, %4 USD — %5</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>AWS&apos;s own figure</source>
        <translation>Le chiffre d&apos;AWS</translation>
    </message>
    <message>
        <source>AWS&apos;s carbon-emissions export for %1 to %2 (%3) gives %4 kgCO2e location-based%5; Greenprint&apos;s estimate of the billed usage in the same months and Regions is %6 kgCO2e. They differ for known reasons:</source>
        <translation>L&apos;export des émissions carbone d&apos;AWS pour %1 à %2 (%3) donne %4 kgCO2e fondés sur la localisation%5 ; l&apos;estimation de Greenprint de l&apos;utilisation facturée pendant les mêmes mois et dans les mêmes régions est de %6 kgCO2e. Ils diffèrent pour des raisons connues :</translation>
    </message>
    <message>
        <source> and %1 kgCO2e market-based</source>
        <translation> et %1 kgCO2e fondés sur le marché</translation>
    </message>
    <message>
        <source>Assumptions of the comparison</source>
        <translation>Hypothèses de la comparaison</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfBarChart</name>
    <message>
        <source>%1 (band to %2)</source>
        <translation>%1 (fourchette jusqu&apos;à %2)</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfMethodSection</name>
    <message>
        <source>Assumptions and method</source>
        <translation>Hypothèses et méthode</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Cost uses AWS list prices (On-Demand, Linux, us-east-1) unless the component sets Spot pricing; storage, transfer and logs use the prices listed below.</source>
        <translation>Le coût utilise les prix catalogue d&apos;AWS (à la demande, Linux, us-east-1), sauf si le composant choisit la tarification Spot ; le stockage, le transfert et les journaux utilisent les prix listés ci-dessous.</translation>
    </message>
    <message>
        <source>Assumptions this estimate relied on</source>
        <translation>Hypothèses sur lesquelles repose cette estimation</translation>
    </message>
    <message>
        <source>None beyond the constants below.</source>
        <translation>Aucune au-delà des constantes ci-dessous.</translation>
    </message>
    <message>
        <source>Derived assumption: AWS Neuron accelerator power</source>
        <translation>Hypothèse déduite : puissance des accélérateurs AWS Neuron</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accélérateur</translation>
    </message>
    <message>
        <source>Power per chip (W)</source>
        <translation>Puissance par puce (W)</translation>
    </message>
    <message>
        <source>Band (W)</source>
        <translation>Fourchette (W)</translation>
    </message>
    <message>
        <source>Derivation (derived assumption)</source>
        <translation>Déduction (hypothèse déduite)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Grid intensity and PUE per region</source>
        <translation>Intensité du réseau et PUE par région</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Intensity (gCO2e/kWh)</source>
        <translation>Intensité (gCO2e/kWh)</translation>
    </message>
    <message>
        <source>Intensity basis</source>
        <translation>Base de l&apos;intensité</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>PUE basis</source>
        <translation>Base du PUE</translation>
    </message>
    <message>
        <source>unknown region</source>
        <translation>région inconnue</translation>
    </message>
    <message>
        <source>the project&apos;s or user&apos;s own value</source>
        <translation>valeur propre au projet ou à l&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1 dataset</source>
        <translation>jeu de données %1</translation>
    </message>
    <message>
        <source>CCF emission factor</source>
        <translation>Facteur d&apos;émission CCF</translation>
    </message>
    <message>
        <source>Green Algorithms location intensity</source>
        <translation>intensité Green Algorithms de la localisation</translation>
    </message>
    <message>
        <source>project setting</source>
        <translation>paramètre du projet</translation>
    </message>
    <message>
        <source>CCF constant</source>
        <translation>constante CCF</translation>
    </message>
    <message>
        <source>Green Algorithms constant</source>
        <translation>constante Green Algorithms</translation>
    </message>
    <message>
        <source>AWS regional PUE, %1</source>
        <translation>PUE régional AWS, %1</translation>
    </message>
    <message>
        <source>AWS regional PUE</source>
        <translation>PUE régional AWS</translation>
    </message>
    <message>
        <source>AWS fleet-wide PUE</source>
        <translation>PUE AWS de l&apos;ensemble du parc</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Accélérateurs</translation>
    </message>
    <message>
        <source>Power basis</source>
        <translation>Base de la puissance</translation>
    </message>
    <message>
        <source>Embodied (kgCO2e)</source>
        <translation>Intrinsèques (kgCO2e)</translation>
    </message>
    <message>
        <source>Price (USD/h)</source>
        <translation>Prix (USD/h)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>project catalog</source>
        <translation>catalogue du projet</translation>
    </message>
    <message>
        <source>user catalog</source>
        <translation>catalogue de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Storage classes</source>
        <translation>Classes de stockage</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Classe de stockage</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Copies (×)</source>
        <translation>Copies (×)</translation>
    </message>
    <message>
        <source>Price (USD/GB-month)</source>
        <translation>Prix (USD/Go-mois)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Assumption. </source>
        <translation>Hypothèse. </translation>
    </message>
    <message>
        <source>SSD</source>
        <translation>SSD</translation>
    </message>
    <message>
        <source>HDD</source>
        <translation>HDD</translation>
    </message>
    <message>
        <source>Constants</source>
        <translation>Constantes</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Vintage</source>
        <translation>Millésime</translation>
    </message>
    <message>
        <source>%1 (assumption)</source>
        <translation>%1 (hypothèse)</translation>
    </message>
    <message>
        <source>Grid-intensity datasets</source>
        <translation>Jeux de données d&apos;intensité du réseau</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (choisi)</translation>
    </message>
    <message>
        <source>Reference data version %1. Every row of the reference data keeps its source; see data/reference/SOURCES.md in the Greenprint sources for licences and provenance.</source>
        <translation>Version des données de référence %1. Chaque ligne des données de référence conserve sa source ; voir data/reference/SOURCES.md dans les sources de Greenprint pour les licences et la provenance.</translation>
    </message>
    <message>
        <source>AWS publishes no power figure for its Neuron chips, only claims about instances. Greenprint derives each chip&apos;s power so that the same work on a whole Neuron instance and on the claim&apos;s baseline instance (host and memory included, each at its own achieved fraction of peak) uses the energy ratio AWS claims. These values are a derived assumption, not a published figure; the band runs up to energy parity with the baseline instance.</source>
        <translation>AWS ne publie aucune puissance pour ses puces Neuron, seulement des affirmations sur des instances. Greenprint déduit la puissance de chaque puce de sorte que le même travail sur une instance Neuron entière et sur l’instance de référence de l’affirmation (hôte et mémoire compris, chacune à sa propre fraction atteinte de la crête) donne le rapport d’énergie annoncé par AWS. Ces valeurs sont une hypothèse dérivée, pas un chiffre publié ; la fourchette va jusqu’à la parité d’énergie avec l’instance de référence.</translation>
    </message>
    <message>
        <source>scenarios only</source>
        <translation>scénarios uniquement</translation>
    </message>
    <message>
        <source>Market-based %1 (gCO2e/kWh)</source>
        <translation>Fondé sur le marché %1 (gCO2e/kWh)</translation>
    </message>
    <message>
        <source>location-based</source>
        <translation>fondé sur la localisation</translation>
    </message>
    <message>
        <source>0 (renewable-matched)</source>
        <translation>0 (couvert par des renouvelables)</translation>
    </message>
    <message>
        <source>residual mix %1 (%2)</source>
        <translation>mix résiduel %1 (%2)</translation>
    </message>
    <message>
        <source>location-based: no residual mix</source>
        <translation>fondé sur la localisation : pas de mix résiduel</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Hours (h)</source>
        <translation>Heures (h)</translation>
    </message>
    <message>
        <source>Load applied</source>
        <translation>Charge appliquée</translation>
    </message>
    <message>
        <source>Idle load</source>
        <translation>Charge au repos</translation>
    </message>
    <message>
        <source>Average power (W)</source>
        <translation>Puissance moyenne (W)</translation>
    </message>
    <message>
        <source>hours from work</source>
        <translation>heures issues du travail</translation>
    </message>
    <message>
        <source>hours as stated</source>
        <translation>heures telles qu’indiquées</translation>
    </message>
    <message>
        <source>hours from work at a published achieved rate</source>
        <translation>heures issues du travail à un débit atteint publié</translation>
    </message>
    <message>
        <source>hours from work at %1 of peak</source>
        <translation>heures issues du travail à %1 du pic</translation>
    </message>
    <message>
        <source>the method&apos;s own load; the work implies %1</source>
        <translation>la charge propre à la méthode ; le travail implique %1</translation>
    </message>
    <message>
        <source>Hours and load on the power curve</source>
        <translation>Heures et charge sur la courbe de puissance</translation>
    </message>
    <message>
        <source>As the estimate applied them, per instance: the load sets each instance&apos;s power while it works; idle hours of notebooks and provisioned endpoints run at the idle load. Average power is over all hours, before PUE.</source>
        <translation>Telles que l’estimation les a appliquées, par instance : la charge fixe la puissance de chaque instance pendant qu’elle travaille ; les heures au repos des notebooks et des points de terminaison provisionnés tournent à la charge au repos. La puissance moyenne porte sur toutes les heures, avant PUE.</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfReport</name>
    <message>
        <source>Greenprint plan</source>
        <translation>Plan Greenprint</translation>
    </message>
    <message>
        <source>Greenprint plan: %1</source>
        <translation>Plan Greenprint : %1</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>cannot start writing the PDF document</source>
        <translation>impossible de commencer l&apos;écriture du document PDF</translation>
    </message>
    <message>
        <source>cannot add a page to the PDF document</source>
        <translation>impossible d&apos;ajouter une page au document PDF</translation>
    </message>
    <message>
        <source>cannot finish the PDF document</source>
        <translation>impossible de terminer le document PDF</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfSections</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>GREENPRINT PLAN</source>
        <translation>PLAN GREENPRINT</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>What-if scenario “%1” applied to the project.</source>
        <translation>Scénario de simulation « %1 » appliqué au projet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recommended per region (best available dataset)</source>
        <translation>Recommandé par région (meilleur jeu de données disponible)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Greenprint version</source>
        <translation>Version de Greenprint</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Données de référence</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>Grid-intensity dataset</source>
        <translation>Jeu de données d&apos;intensité du réseau</translation>
    </message>
    <message>
        <source>Market-based year</source>
        <translation>Année (fondée sur le marché)</translation>
    </message>
    <message>
        <source>%1 (AWS renewable-matching list)</source>
        <translation>%1 (liste AWS de couverture renouvelable)</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Région par défaut</translation>
    </message>
    <message>
        <source>Embodied carbon</source>
        <translation>Émissions intrinsèques</translation>
    </message>
    <message>
        <source>included, servers amortised over %1 years</source>
        <translation>incluses, serveurs amortis sur %1 ans</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>exclues</translation>
    </message>
    <message>
        <source>Carbon, location-based</source>
        <translation>Émissions, fondées sur la localisation</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>Range %1 to %2 kgCO2e</source>
        <translation>Fourchette de %1 à %2 kgCO2e</translation>
    </message>
    <message>
        <source>Operational %1 kgCO2e, embodied %2 kgCO2e</source>
        <translation>Opérationnelles %1 kgCO2e, intrinsèques %2 kgCO2e</translation>
    </message>
    <message>
        <source>Carbon, market-based</source>
        <translation>Émissions, fondées sur le marché</translation>
    </message>
    <message>
        <source>Renewable matching as AWS reported it for %1</source>
        <translation>Couverture renouvelable telle qu&apos;AWS l&apos;a déclarée pour %1</translation>
    </message>
    <message>
        <source>Shown beside, never instead of, location-based</source>
        <translation>Affiché à côté de la valeur fondée sur la localisation, jamais à sa place</translation>
    </message>
    <message>
        <source>Energy at the facility</source>
        <translation>Énergie au centre de données</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Range %1 to %2 kWh</source>
        <translation>Fourchette de %1 à %2 kWh</translation>
    </message>
    <message>
        <source>IT energy %1 kWh before PUE</source>
        <translation>Énergie IT %1 kWh avant PUE</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>AWS list prices, us-east-1 On-Demand unless Spot is set</source>
        <translation>Prix catalogue AWS, us-east-1 à la demande sauf si Spot est choisi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Énergie (kWh)</translation>
    </message>
    <message>
        <source>Carbon (kgCO2e)</source>
        <translation>Émissions (kgCO2e)</translation>
    </message>
    <message>
        <source>Range (kgCO2e)</source>
        <translation>Fourchette (kgCO2e)</translation>
    </message>
    <message>
        <source>Market-based (kgCO2e)</source>
        <translation>Fondées sur le marché (kgCO2e)</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Carbon by stage (kgCO2e)</source>
        <translation>Émissions par étape (kgCO2e)</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Opérationnelles</translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation>Intrinsèques</translation>
    </message>
    <message>
        <source>Range (low to high)</source>
        <translation>Fourchette (basse à haute)</translation>
    </message>
    <message>
        <source>Carbon by stage</source>
        <translation>Émissions par étape</translation>
    </message>
    <message>
        <source>Top suggestions</source>
        <translation>Principales suggestions</translation>
    </message>
    <message>
        <source>No suggestions: the advisor was not run for this plan.</source>
        <translation>Aucune suggestion : le conseiller n&apos;a pas été exécuté pour ce plan.</translation>
    </message>
    <message>
        <source>The advisor found no change that lowers the footprint of this plan within its constraints.</source>
        <translation>Le conseiller n&apos;a trouvé aucune modification qui réduise l&apos;empreinte de ce plan dans le respect de ses contraintes.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Saves (kgCO2e)</source>
        <translation>Économie (kgCO2e)</translation>
    </message>
    <message>
        <source>Saves (USD)</source>
        <translation>Économie (USD)</translation>
    </message>
    <message>
        <source>Each saving is against the baseline, so savings do not add up; details and sources follow the what-if comparison.</source>
        <translation>Chaque économie est calculée par rapport au plan de référence : les économies ne s&apos;additionnent donc pas ; détails et sources suivent la comparaison des scénarios.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Ranked by carbon saved. A dash means the reference data has no price for what the change moves to.</source>
        <translation>Classées par émissions évitées. Un tiret signifie que les données de référence n&apos;ont aucun prix pour la cible de la modification.</translation>
    </message>
    <message>
        <source>Saves %1 kgCO2e and %2 USD on this plan</source>
        <translation>Économise %1 kgCO2e et %2 USD sur ce plan</translation>
    </message>
    <message>
        <source> (negligible: under 0.5 % of the plan&apos;s carbon)</source>
        <translation> (négligeable : moins de 0,5 % des émissions du plan)</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Effets secondaires</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message numerus="yes">
        <source>Region %1 · %n component(s) · %2 kgCO2e · %3 kWh · %4 USD</source>
        <translation>
            <numerusform>Région %1 · %n composant · %2 kgCO2e · %3 kWh · %4 USD</numerusform>
            <numerusform>Région %1 · %n composants · %2 kgCO2e · %3 kWh · %4 USD</numerusform>
        </translation>
    </message>
    <message>
        <source>No components in this stage.</source>
        <translation>Aucun composant dans cette étape.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Hours (h)</source>
        <translation>Heures (h)</translation>
    </message>
    <message>
        <source>Stage total</source>
        <translation>Total de l&apos;étape</translation>
    </message>
    <message>
        <source>Carbon by component (kgCO2e)</source>
        <translation>Émissions par composant (kgCO2e)</translation>
    </message>
    <message>
        <source>What-if comparison</source>
        <translation>Comparaison des scénarios</translation>
    </message>
    <message>
        <source>This project defines no what-if scenarios; the plan above is the only one estimated.</source>
        <translation>Ce projet ne définit aucun scénario de simulation ; le plan ci-dessus est le seul estimé.</translation>
    </message>
    <message>
        <source>Every scenario is the baseline with its changes applied to a copy, estimated by the same method and reference data. Negative changes are savings.</source>
        <translation>Chaque scénario est le plan de référence auquel ses modifications sont appliquées sur une copie, estimé avec la même méthode et les mêmes données de référence. Les variations négatives sont des économies.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Change (kgCO2e)</source>
        <translation>Variation (kgCO2e)</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Variation (%)</translation>
    </message>
    <message>
        <source>Change (USD)</source>
        <translation>Variation (USD)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Total carbon per scenario (kgCO2e)</source>
        <translation>Émissions totales par scénario (kgCO2e)</translation>
    </message>
    <message>
        <source>Notes on the inputs</source>
        <translation>Remarques sur les données saisies</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>not counted by the Green Algorithms method</source>
        <translation>non comptées par la méthode Green Algorithms</translation>
    </message>
    <message>
        <source>Adds %1 kgCO2e and saves %2 USD on this plan: a cost saving that raises carbon</source>
        <translation>Ajoute %1 kgCO2e et économise %2 USD sur ce plan : une économie de coût qui augmente les émissions</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Some component could not be estimated: see “Notes on the inputs”</source>
        <translation>Un composant n’a pas pu être estimé : voir « Remarques sur les données saisies »</translation>
    </message>
    <message>
        <source>Some price is missing from the reference data</source>
        <translation>Un prix manque dans les données de référence</translation>
    </message>
    <message>
        <source>The plan itself cannot run as written: %1.</source>
        <translation>Le plan lui-même ne peut pas tourner tel quel : %1.</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Non proposées</translation>
    </message>
    <message>
        <source>Scenarios whose figures cannot be compared with the baseline (no saving is shown for them):</source>
        <translation>Scénarios dont les chiffres ne peuvent pas être comparés à la référence (aucune économie n’est indiquée pour eux) :</translation>
    </message>
    <message>
        <source>Per unit of work</source>
        <translation>Par unité de travail</translation>
    </message>
    <message>
        <source>Functional unit (R)</source>
        <translation>Unité fonctionnelle (R)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>kgCO2e per unit</source>
        <translation>kgCO2e par unité</translation>
    </message>
    <message>
        <source>kWh per unit</source>
        <translation>kWh par unité</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Plan entier</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>uniquement dans %1</translation>
    </message>
    <message>
        <source>responses within %1 ms</source>
        <translation>réponses en moins de %1 ms</translation>
    </message>
    <message>
        <source>keep at least %1 % of the baseline model&apos;s score</source>
        <translation>conserver au moins %1 % du score du modèle de référence</translation>
    </message>
    <message>
        <source>served to edge devices</source>
        <translation>servi sur des appareils en périphérie</translation>
    </message>
    <message>
        <source>none stated: any region, no latency ceiling, no accuracy floor</source>
        <translation>aucune indiquée : toute région, sans plafond de latence ni plancher de précision</translation>
    </message>
    <message>
        <source>Recommended: scenario “%1”, %2 kgCO2e, a change of %3 kgCO2e (%4) against the baseline, cost change %5 USD. Of this project&apos;s scenarios it has the lowest carbon; the what-if comparison has them all.</source>
        <translation>Recommandé : scénario « %1 », %2 kgCO2e, soit une variation de %3 kgCO2e (%4) par rapport à la référence, variation de coût %5 USD. Parmi les scénarios de ce projet, c&apos;est celui qui émet le moins ; la comparaison des simulations les présente tous.</translation>
    </message>
    <message>
        <source>This project defines no what-if scenario.</source>
        <translation>Ce projet ne définit aucun scénario de simulation.</translation>
    </message>
    <message>
        <source>None of this project&apos;s scenarios lowers its carbon.</source>
        <translation>Aucun des scénarios de ce projet ne réduit ses émissions.</translation>
    </message>
    <message>
        <source>The largest single saving the advisor offers: %1, %2 kgCO2e (%3 of the plan); see “Suggestions”.</source>
        <translation>La plus grande économie unique proposée par le conseiller : %1, %2 kgCO2e (%3 du plan) ; voir « Suggestions ».</translation>
    </message>
    <message>
        <source>The advisor offers no change that lowers its carbon.</source>
        <translation>Le conseiller ne propose aucun changement qui réduise les émissions.</translation>
    </message>
    <message numerus="yes">
        <source>%n further suggestion(s) are listed in the appendix at the end of this plan.</source>
        <translation>
            <numerusform>%n autre suggestion figure dans l&apos;annexe à la fin de ce plan.</numerusform>
            <numerusform>%n autres suggestions figurent dans l&apos;annexe à la fin de ce plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Appendix: further suggestions</source>
        <translation>Annexe : autres suggestions</translation>
    </message>
    <message>
        <source>The ranked suggestions after the first %1 and the smaller savings (under 0.5 % of the plan&apos;s kgCO2e, or nothing counted), numbered as in “Suggestions”. Each saving is against the baseline. The what-if view and the command “greenprint suggest” give each one&apos;s detail and side effects.</source>
        <translation>Les suggestions classées après les %1 premières et les économies plus faibles (moins de 0,5 % des kgCO2e du plan, ou rien de chiffré), numérotées comme dans « Suggestions ». Chaque économie est calculée par rapport à la référence. La vue de simulation et la commande « greenprint suggest » donnent le détail et les effets secondaires de chacune.</translation>
    </message>
    <message>
        <source>users near %1</source>
        <translation>utilisateurs près de %1</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Alone (kgCO2e)</source>
        <translation>Seule (kgCO2e)</translation>
    </message>
    <message>
        <source>Span (kgCO2e)</source>
        <translation>Écart (kgCO2e)</translation>
    </message>
    <message>
        <source>What the range is</source>
        <translation>D’où vient la plage</translation>
    </message>
    <message>
        <source>What makes the range</source>
        <translation>Ce qui fait la plage</translation>
    </message>
    <message>
        <source>The range above combines these inputs, each read as its P10 to P90 interval, in quadrature (IPCC 2006, Vol. 1, ch. 3, Approach 1). Here each input is moved alone, the others held central (%1 kgCO2e): the widest row is the assumption to pin down first.</source>
        <translation>La plage ci-dessus combine ces entrées, chacune lue comme son intervalle P10 à P90, en quadrature (GIEC 2006, vol. 1, chap. 3, approche 1). Ici, chaque entrée varie seule, les autres restant à leur valeur centrale (%1 kgCO2e) : la ligne la plus large est l’hypothèse à préciser en premier.</translation>
    </message>
    <message>
        <source>%1 (%2 runs of %3 h)</source>
        <translation>%1 (%2 exécutions de %3 h)</translation>
    </message>
    <message>
        <source>Adds %1 kgCO2e on this plan; the change in cost is unknown</source>
        <translation>Ajoute %1 kgCO2e sur ce plan ; la variation du coût est inconnue</translation>
    </message>
    <message>
        <source>Adds %1 kgCO2e and %2 USD on this plan</source>
        <translation>Ajoute %1 kgCO2e et %2 USD sur ce plan</translation>
    </message>
    <message>
        <source>Saves %1 kgCO2e on this plan; the change in cost is unknown</source>
        <translation>Économise %1 kgCO2e sur ce plan ; la variation du coût est inconnue</translation>
    </message>
    <message>
        <source>Saves %1 kgCO2e on this plan and costs %2 USD more</source>
        <translation>Économise %1 kgCO2e sur ce plan et coûte %2 USD de plus</translation>
    </message>
</context>
<context>
    <name>greenprint::PerUnitText</name>
    <message>
        <source>%1: not estimated</source>
        <translation>%1 : non estimé</translation>
    </message>
    <message>
        <source>no figure per 1,000 requests: state the requests the endpoints serve</source>
        <translation>pas de chiffre pour 1 000 requêtes : indiquez les requêtes que servent les points de terminaison</translation>
    </message>
    <message>
        <source>no figure %1: nothing countable is planned</source>
        <translation>pas de chiffre %1 : rien de dénombrable n’est prévu</translation>
    </message>
    <message>
        <source>%1 and %2 %3</source>
        <translation>%1 et %2 %3</translation>
    </message>
    <message>
        <source>Whole plan: %1</source>
        <translation>Plan entier : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>Per unit of work in the form of the Software Carbon Intensity specification (ISO/IEC 21031): (E × I + M) per R, operational carbon (energy × grid intensity) plus embodied carbon, divided by the units delivered: pipeline runs, notebook weeks, training runs, or 1,000 requests served. A training run is one run of the training job that draws the most energy in a run; the stage&apos;s other jobs, a nightly evaluation say, count towards it. The whole plan is counted per 1,000 requests when it serves any, so training is amortised over them. Where every endpoint and job serving requests states its tokens per request, inference and the whole plan are also counted per 1 M tokens served, prompt and output tokens together.</source>
        <translation>Par unité de travail, sous la forme de la spécification Software Carbon Intensity (ISO/IEC 21031) : (E × I + M) par R, émissions opérationnelles (énergie × intensité du réseau) plus émissions intrinsèques, divisées par les unités fournies : exécutions du pipeline, semaines de notebook, entraînements ou 1 000 requêtes servies. Un entraînement est une exécution du job d&apos;entraînement qui consomme le plus d&apos;énergie en une exécution ; les autres jobs de l&apos;étape, une évaluation nocturne par exemple, lui sont imputés. Le plan entier est compté pour 1 000 requêtes lorsqu’il en sert, de sorte que l’entraînement est réparti sur elles. Lorsque chaque point de terminaison et job qui sert des requêtes indique ses jetons par requête, l’inférence et le plan entier sont aussi comptés pour 1 M de jetons servis, jetons d’entrée et de sortie ensemble.</translation>
    </message>
</context>
<context>
    <name>greenprint::PlanActualView</name>
    <message>
        <source>AWS &amp;Cost and Usage Report…</source>
        <translation>&amp;Cost and Usage Report d&apos;AWS…</translation>
    </message>
    <message>
        <source>Cost and Usage Report (*.csv *.csv.gz *.gz)</source>
        <translation>Cost and Usage Report (*.csv *.csv.gz *.gz)</translation>
    </message>
    <message>
        <source>AWS Carbon &amp;Emissions Export…</source>
        <translation>&amp;Export des émissions carbone d&apos;AWS…</translation>
    </message>
    <message>
        <source>Carbon emissions export (*.csv *.csv.gz *.gz)</source>
        <translation>Export des émissions carbone (*.csv *.csv.gz *.gz)</translation>
    </message>
    <message>
        <source>C&amp;odeCarbon Log…</source>
        <translation>Journal C&amp;odeCarbon…</translation>
    </message>
    <message>
        <source>CodeCarbon emissions (*.csv)</source>
        <translation>Émissions CodeCarbon (*.csv)</translation>
    </message>
    <message>
        <source>&amp;nvidia-smi Log…</source>
        <translation>Journal &amp;nvidia-smi…</translation>
    </message>
    <message>
        <source>nvidia-smi CSV log (*.csv *.csv.gz *.gz *.log)</source>
        <translation>Journal CSV nvidia-smi (*.csv *.csv.gz *.gz *.log)</translation>
    </message>
    <message>
        <source>neuron-&amp;monitor Output…</source>
        <translation>Sortie neuron-&amp;monitor…</translation>
    </message>
    <message>
        <source>neuron-monitor JSON (*.json *.jsonl *.log *.gz)</source>
        <translation>JSON neuron-monitor (*.json *.jsonl *.log *.gz)</translation>
    </message>
    <message>
        <source>Cloud&amp;Watch Metrics…</source>
        <translation>Métriques Cloud&amp;Watch…</translation>
    </message>
    <message>
        <source>CloudWatch metrics (*.csv *.csv.gz *.gz)</source>
        <translation>Métriques CloudWatch (*.csv *.csv.gz *.gz)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import a bill, AWS&apos;s carbon export or a measurement log</source>
        <translation>Importer une facture, l&apos;export carbone d&apos;AWS ou un journal de mesures</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Forget the imports shown here (they stay in your Greenprint database)</source>
        <translation>Oublier les imports affichés ici (ils restent dans votre base Greenprint)</translation>
    </message>
    <message>
        <source>Stage / component</source>
        <translation>Étape / composant</translation>
    </message>
    <message>
        <source>Planned kgCO2e</source>
        <translation>kgCO2e prévus</translation>
    </message>
    <message>
        <source>Actual kgCO2e</source>
        <translation>kgCO2e réels</translation>
    </message>
    <message>
        <source>Variance kgCO2e</source>
        <translation>Écart kgCO2e</translation>
    </message>
    <message>
        <source>Planned h</source>
        <translation>h prévues</translation>
    </message>
    <message>
        <source>Actual h</source>
        <translation>h réelles</translation>
    </message>
    <message>
        <source>Planned USD</source>
        <translation>USD prévus</translation>
    </message>
    <message>
        <source>Actual USD</source>
        <translation>USD réels</translation>
    </message>
    <message>
        <source>What drove it</source>
        <translation>Ce qui l&apos;explique</translation>
    </message>
    <message>
        <source>Plan against actual</source>
        <translation>Plan et réel</translation>
    </message>
    <message>
        <source>Import Actual Usage</source>
        <translation>Importer l&apos;utilisation réelle</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” does not say what it measured. Which component of the plan ran there?</source>
        <translation>« %1 » ne dit pas ce qui a été mesuré. Quel composant du plan a tourné là ?</translation>
    </message>
    <message>
        <source>The import is shown but not stored: %1</source>
        <translation>L&apos;import est affiché mais pas enregistré : %1</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimé</translation>
    </message>
    <message>
        <source>Import what really ran — an AWS Cost and Usage Report, AWS&apos;s carbon emissions export, CodeCarbon, nvidia-smi, neuron-monitor or CloudWatch logs — to see it beside the plan. Tag your resources with the cost-allocation tag greenprint:component = component name.</source>
        <translation>Importez ce qui a réellement tourné — un Cost and Usage Report d&apos;AWS, l&apos;export des émissions carbone d&apos;AWS, des journaux CodeCarbon, nvidia-smi, neuron-monitor ou CloudWatch — pour le voir à côté du plan. Étiquetez vos ressources avec l&apos;étiquette de répartition des coûts greenprint:component = nom du composant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n record(s))</source>
        <translation>
            <numerusform>%1 (%2, %n enregistrement)</numerusform>
            <numerusform>%1 (%2, %n enregistrements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importé : %1.</translation>
    </message>
    <message>
        <source>Billed usage from %1 to %2.</source>
        <translation>Utilisation facturée du %1 au %2.</translation>
    </message>
    <message>
        <source>* Part of the usage could not be estimated (an instance type or Region without reference data): the figures cover the rest.</source>
        <translation>* Une partie de l&apos;utilisation n&apos;a pas pu être estimée (un type d&apos;instance ou une région sans données de référence) : les chiffres couvrent le reste.</translation>
    </message>
    <message>
        <source>%1 kgCO2e</source>
        <translation>%1 kgCO2e</translation>
    </message>
    <message>
        <source>Unplanned usage</source>
        <translation>Utilisation non prévue</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Import AWS&apos;s carbon emissions export to see AWS&apos;s own figure beside Greenprint&apos;s.</source>
        <translation>Importez l&apos;export des émissions carbone d&apos;AWS pour voir le chiffre d&apos;AWS à côté de celui de Greenprint.</translation>
    </message>
    <message>
        <source>AWS&apos;s carbon export, %1 to %2 (%3): %4 kgCO2e location-based; Greenprint for the same months and Regions: %5 kgCO2e.</source>
        <translation>Export carbone d&apos;AWS, %1 à %2 (%3) : %4 kgCO2e fondés sur la localisation ; Greenprint pour les mêmes mois et régions : %5 kgCO2e.</translation>
    </message>
    <message>
        <source>Calibrate Plan from Actuals</source>
        <translation>Calibrer le plan sur les mesures réelles</translation>
    </message>
    <message>
        <source>Put the measured hours, utilization and power of every matched component into the plan, with the file and period each came from (one step to undo)</source>
        <translation>Reporter dans le plan les heures, l&apos;utilisation et la puissance mesurées de chaque composant rapproché, avec le fichier et la période d&apos;origine (une seule étape à annuler)</translation>
    </message>
    <message>
        <source>Calibrate Selected Component</source>
        <translation>Calibrer le composant sélectionné</translation>
    </message>
    <message>
        <source>Put the measured values of the selected component into the plan (one step to undo)</source>
        <translation>Reporter dans le plan les valeurs mesurées du composant sélectionné (une seule étape à annuler)</translation>
    </message>
    <message>
        <source>Calibrated “%1”: %2</source>
        <translation>Calibré « %1 » : %2</translation>
    </message>
    <message>
        <source>Not calibrated “%1”: %2</source>
        <translation>Non calibré « %1 » : %2</translation>
    </message>
    <message>
        <source>Nothing to calibrate: no imported usage or measurement matches %1.</source>
        <translation>Rien à calibrer : aucun usage ni aucune mesure importés ne correspondent à %1.</translation>
    </message>
    <message>
        <source>this component</source>
        <translation>ce composant</translation>
    </message>
    <message>
        <source>a component that runs instances</source>
        <translation>un composant qui exécute des instances</translation>
    </message>
    <message>
        <source>The measured values are in the plan and its assumptions; Edit &gt; Undo takes them back.</source>
        <translation>Les valeurs mesurées sont dans le plan et ses hypothèses ; Édition &gt; Annuler les retire.</translation>
    </message>
</context>
<context>
    <name>greenprint::PlanExport</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>scenario %1 cannot be applied: %2</source>
        <translation>le scénario %1 ne peut pas être appliqué : %2</translation>
    </message>
    <message>
        <source>this project has no scenario %1</source>
        <translation>ce projet n&apos;a pas de scénario %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: %2</source>
        <translation>scénario « %1 » : %2</translation>
    </message>
    <message>
        <source>Applies to: %1. %2</source>
        <translation>S&apos;applique à : %1. %2</translation>
    </message>
</context>
<context>
    <name>greenprint::PlanSearch</name>
    <message>
        <source>Everything in %1 (%2)</source>
        <translation>Tout dans %1 (%2)</translation>
    </message>
    <message>
        <source>Everything in %1 (%2) on %3</source>
        <translation>Tout dans %1 (%2) sur %3</translation>
    </message>
    <message>
        <source>Everything in %1</source>
        <translation>Tout dans %1</translation>
    </message>
    <message>
        <source>A stage runs on your own hardware or in a region of your own: the whole plan is not moved.</source>
        <translation>Une étape tourne sur votre propre matériel ou dans une région à vous : le plan entier n’est pas déplacé.</translation>
    </message>
    <message>
        <source>Only one stage has components: the stage&apos;s own moves are the whole plan&apos;s.</source>
        <translation>Une seule étape a des composants : ses propres changements sont ceux du plan entier.</translation>
    </message>
    <message>
        <source>%1 is not offered in %2 (EC2 offerings of %3)</source>
        <translation>%1 n’est pas proposé dans %2 (offres EC2 du %3)</translation>
    </message>
    <message>
        <source>The plan as it is</source>
        <translation>Le plan tel quel</translation>
    </message>
    <message>
        <source>Check data residency and where the data is produced and used.</source>
        <translation>Vérifiez la résidence des données et où elles sont produites et utilisées.</translation>
    </message>
    <message>
        <source>Moves every stage to %1 (grid %2 gCO2e/kWh) and counts a one-off transfer of the data each stage stores.</source>
        <translation>Déplace chaque étape vers %1 (réseau %2 gCO2e/kWh) et compte un transfert unique des données que stocke chaque étape.</translation>
    </message>
    <message>
        <source>Hardware per stage, each the advisor&apos;s own move (sized from the same work and checked for accelerator memory, interconnect and endpoint headroom): %1.</source>
        <translation>Matériel par étape, chacun étant le changement du conseiller lui-même (dimensionné sur le même travail et vérifié pour la mémoire des accélérateurs, l’interconnexion et la marge du point de terminaison) : %1.</translation>
    </message>
    <message>
        <source>Found by the whole-plan search: every allowed region, with each stage on its planned hardware or on the best move of each hardware rule; no instance type is proposed in a region the EC2 offerings of %1 say does not offer it. Prices in the reference data are us-east-1 On-Demand for every region, so regional price differences are not counted.</source>
        <translation>Trouvé par la recherche sur le plan entier : chaque région autorisée, chaque étape sur son matériel prévu ou sur le meilleur changement de chaque règle de matériel ; aucun type d’instance n’est proposé dans une région qui, selon les offres EC2 du %1, ne le propose pas. Les prix des données de référence sont ceux d’us-east-1 à la demande pour toutes les régions : les écarts de prix régionaux ne sont pas comptés.</translation>
    </message>
</context>
<context>
    <name>greenprint::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Automatic (g, kg or t CO2e)</source>
        <translation>Automatique (g, kg ou t CO2e)</translation>
    </message>
    <message>
        <source>gCO2e</source>
        <translation>gCO2e</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <source>Automatic (Wh, kWh or MWh)</source>
        <translation>Automatique (Wh, kWh ou MWh)</translation>
    </message>
    <message>
        <source>Wh</source>
        <translation>Wh</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Région par défaut :</translation>
    </message>
    <message>
        <source>The region of new projects.</source>
        <translation>La région des nouveaux projets.</translation>
    </message>
    <message>
        <source>&amp;Methodology:</source>
        <translation>&amp;Méthodologie :</translation>
    </message>
    <message>
        <source>The estimation method of new projects.</source>
        <translation>La méthode d&apos;estimation des nouveaux projets.</translation>
    </message>
    <message>
        <source>Grid &amp;dataset:</source>
        <translation>Jeu de &amp;données du réseau :</translation>
    </message>
    <message>
        <source>The grid carbon-intensity dataset of new projects.</source>
        <translation>Le jeu de données d&apos;intensité carbone du réseau des nouveaux projets.</translation>
    </message>
    <message>
        <source>&amp;Carbon unit:</source>
        <translation>Unité des é&amp;missions :</translation>
    </message>
    <message>
        <source>How carbon totals and charts are scaled.</source>
        <translation>Échelle des totaux d&apos;émissions et des graphiques.</translation>
    </message>
    <message>
        <source>&amp;Energy unit:</source>
        <translation>Unité d&apos;é&amp;nergie :</translation>
    </message>
    <message>
        <source>How energy totals are scaled.</source>
        <translation>Échelle des totaux d&apos;énergie.</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The language of menus, views and exported plans; applies at once.</source>
        <translation>La langue des menus, des vues et des plans exportés ; s&apos;applique immédiatement.</translation>
    </message>
</context>
<context>
    <name>greenprint::PretrainedModelRule</name>
    <message>
        <source>Fine-tune a pre-trained model instead of &quot;%1&quot;</source>
        <translation>Affiner un modèle pré-entraîné au lieu de « %1 »</translation>
    </message>
    <message>
        <source>Starting from an existing model (Hugging Face, SageMaker JumpStart, AWS Marketplace) by transfer learning or incremental training avoids training from scratch. The copy drops this job. Assumption: a suitable pre-trained model exists; the fine-tuning run that replaces the job is not counted, so add it as its own component to see the net saving.</source>
        <translation>Partir d&apos;un modèle existant (Hugging Face, SageMaker JumpStart, AWS Marketplace) par apprentissage par transfert ou entraînement incrémental évite un entraînement à partir de zéro. La copie supprime cette tâche. Hypothèse : un modèle pré-entraîné adapté existe ; l&apos;affinage qui remplace la tâche n&apos;est pas compté, ajoutez-le comme composant à part pour voir l&apos;économie nette.</translation>
    </message>
    <message>
        <source>The result depends on the pre-trained model: its licence, data and quality; accuracy on your task can differ.</source>
        <translation>Le résultat dépend du modèle pré-entraîné : sa licence, ses données et sa qualité ; la précision sur votre tâche peut différer.</translation>
    </message>
    <message>
        <source>Fine-tune pre-trained models instead of training from scratch</source>
        <translation>Affiner des modèles pré-entraînés au lieu d&apos;entraîner à partir de zéro</translation>
    </message>
</context>
<context>
    <name>greenprint::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>The project has never been saved.</source>
        <translation>Le projet n&apos;a jamais été enregistré.</translation>
    </message>
</context>
<context>
    <name>greenprint::ProjectForm</name>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>The project&apos;s name, shown in reports.</source>
        <translation>Le nom du projet, affiché dans les rapports.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>The AWS region every stage runs in unless the stage overrides it. Its grid intensity and PUE drive the operational carbon.</source>
        <translation>La région AWS où s&apos;exécute chaque étape, sauf si l&apos;étape la remplace. Son intensité du réseau et son PUE déterminent les émissions opérationnelles.</translation>
    </message>
    <message>
        <source>&amp;Methodology:</source>
        <translation>&amp;Méthodologie :</translation>
    </message>
    <message>
        <source>Greenprint: one power model for every instance (measured H100 load curve, derived Neuron power) with uncertainty bands. Cloud Carbon Footprint and Green Algorithms reproduce those tools&apos; own formulas and constants from the same inputs.</source>
        <translation>Greenprint : un modèle de puissance pour toutes les instances (courbe de charge mesurée sur H100, puissance Neuron déduite) avec des fourchettes d&apos;incertitude. Cloud Carbon Footprint et Green Algorithms reproduisent les formules et constantes propres à ces outils à partir des mêmes données.</translation>
    </message>
    <message>
        <source>Embodied:</source>
        <translation>Intrinsèques :</translation>
    </message>
    <message>
        <source>Include &amp;embodied carbon</source>
        <translation>Inclure les émissions &amp;intrinsèques</translation>
    </message>
    <message>
        <source>Add the manufacturing share of the servers over the hours used.</source>
        <translation>Ajouter la part de fabrication des serveurs sur les heures utilisées.</translation>
    </message>
    <message>
        <source>Server &amp;lifetime:</source>
        <translation>&amp;Durée de vie des serveurs :</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Years over which a server&apos;s manufacturing emissions are spread: 4 (Cloud Carbon Footprint&apos;s default) or 6 (AWS&apos;s own depreciation).</source>
        <translation>Années sur lesquelles les émissions de fabrication d&apos;un serveur sont réparties : 4 (valeur par défaut de Cloud Carbon Footprint) ou 6 (amortissement d&apos;AWS).</translation>
    </message>
    <message>
        <source>Market-based &amp;year:</source>
        <translation>&amp;Année (fondée sur le marché) :</translation>
    </message>
    <message>
        <source>Year of AWS&apos;s list of regions whose electricity was matched 100 % with renewables; the market-based carbon is shown beside the location-based one, never instead.</source>
        <translation>Année de la liste AWS des régions dont l&apos;électricité était couverte à 100 % par des renouvelables ; les émissions fondées sur le marché sont affichées à côté de celles fondées sur la localisation, jamais à leur place.</translation>
    </message>
    <message>
        <source>P&amp;UE override:</source>
        <translation>PUE &amp;imposé :</translation>
    </message>
    <message>
        <source>Region&apos;s PUE</source>
        <translation>PUE de la région</translation>
    </message>
    <message>
        <source>Power usage effectiveness applied to every region instead of its published value (facility energy ÷ IT energy, 1.00 or more).</source>
        <translation>Indicateur d&apos;efficacité énergétique appliqué à chaque région à la place de sa valeur publiée (énergie du centre de données ÷ énergie IT, 1,00 ou plus).</translation>
    </message>
    <message>
        <source>&amp;Spot discount:</source>
        <translation>Remise &amp;Spot :</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Reference value</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Discount of spot over on-demand prices, in percent, for components priced as spot. Unset: the reference value.</source>
        <translation>Remise des prix Spot par rapport aux prix à la demande, en pourcentage, pour les composants tarifés en Spot. Non renseigné : la valeur de référence.</translation>
    </message>
    <message>
        <source>Grid &amp;dataset:</source>
        <translation>Jeu de &amp;données du réseau :</translation>
    </message>
    <message>
        <source>The grid carbon-intensity dataset of every region; the spread of all datasets is part of the uncertainty band.</source>
        <translation>Le jeu de données d&apos;intensité carbone du réseau de chaque région ; l&apos;écart entre tous les jeux de données fait partie de la fourchette d&apos;incertitude.</translation>
    </message>
</context>
<context>
    <name>greenprint::ProjectReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>binary values are not allowed</source>
        <translation>les valeurs binaires ne sont pas autorisées</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; in the same object</source>
        <translation>clé « %1 » en double dans le même objet</translation>
    </message>
    <message>
        <source>number out of range at %1 (NaN and Infinity are not allowed)</source>
        <translation>nombre hors limites à %1 (NaN et Infinity ne sont pas autorisés)</translation>
    </message>
    <message>
        <source>invalid JSON at %1: NaN and Infinity are not allowed</source>
        <translation>JSON non valide à %1 : NaN et Infinity ne sont pas autorisés</translation>
    </message>
    <message>
        <source>invalid JSON at %1: %2</source>
        <translation>JSON non valide à %1 : %2</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; the file is refused</source>
        <translation>l&apos;imbrication dépasse %1 niveaux ; le fichier est refusé</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>clé obligatoire manquante</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be a number &gt; %1 and &lt;= %2</source>
        <translation>doit être un nombre &gt; %1 et &lt;= %2</translation>
    </message>
    <message>
        <source>must be a number between %1 and %2</source>
        <translation>doit être un nombre entre %1 et %2</translation>
    </message>
    <message>
        <source>must be a number &gt; %1</source>
        <translation>doit être un nombre &gt; %1</translation>
    </message>
    <message>
        <source>must be a number &gt;= %1</source>
        <translation>doit être un nombre &gt;= %1</translation>
    </message>
    <message>
        <source>must be an integer &gt;= %1</source>
        <translation>doit être un entier &gt;= %1</translation>
    </message>
    <message>
        <source>must be an integer between %1 and %2</source>
        <translation>doit être un entier entre %1 et %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>doit être l&apos;une des valeurs suivantes : %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>unknown key is ignored and will not be saved</source>
        <translation>clé inconnue ignorée, elle ne sera pas enregistrée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON path such as stages[2].components[0].instance (problem at character %2)</source>
        <translation>« %1 » n&apos;est pas un chemin JSON tel que stages[2].components[0].instance (problème au caractère %2)</translation>
    </message>
    <message>
        <source>the file must contain a JSON object (a Greenprint project)</source>
        <translation>le fichier doit contenir un objet JSON (un projet Greenprint)</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;: this is not a Greenprint project file</source>
        <translation>doit valoir « %1 » : ce n&apos;est pas un fichier de projet Greenprint</translation>
    </message>
    <message>
        <source>written by a newer Greenprint (format %1); this version reads up to %2</source>
        <translation>écrit par une version plus récente de Greenprint (format %1) ; cette version lit jusqu&apos;au format %2</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>must list at least one region (leave the key out to allow every region)</source>
        <translation>doit lister au moins une région (omettez la clé pour autoriser toutes les régions)</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot; (first at %3)</source>
        <translation>%1 « %2 » en double (d&apos;abord à %3)</translation>
    </message>
    <message>
        <source>duplicate scenario name &quot;%1&quot; (first defined at %2)</source>
        <translation>nom de scénario « %1 » en double (défini d&apos;abord à %2)</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <source>duplicate catalog instance id &quot;%1&quot; (first defined at %2)</source>
        <translation>identifiant d&apos;instance « %1 » en double dans le catalogue (défini d&apos;abord à %2)</translation>
    </message>
    <message>
        <source>duplicate catalog region id &quot;%1&quot; (first defined at %2)</source>
        <translation>identifiant de région « %1 » en double dans le catalogue (défini d&apos;abord à %2)</translation>
    </message>
    <message>
        <source>must not be greater than powerW.max (%1)</source>
        <translation>ne doit pas dépasser powerW.max (%1)</translation>
    </message>
    <message>
        <source>activeHoursPerWeek + idleHoursPerWeek must be at most %1 (the hours in a week), found %2</source>
        <translation>activeHoursPerWeek + idleHoursPerWeek doit valoir au plus %1 (les heures d&apos;une semaine), trouvé : %2</translation>
    </message>
    <message>
        <source>give either %1 or work, not both</source>
        <translation>indiquez soit %1, soit work, pas les deux</translation>
    </message>
    <message>
        <source>required key is missing (give either %1 or work)</source>
        <translation>clé obligatoire manquante (indiquez soit %1, soit work)</translation>
    </message>
    <message>
        <source>must be &quot;inference&quot;: an endpoint serves requests, it does not train</source>
        <translation>doit valoir « inference » : un point de terminaison sert des requêtes, il n&apos;entraîne pas</translation>
    </message>
    <message>
        <source>does not apply to %1 work</source>
        <translation>ne s&apos;applique pas à un travail %1</translation>
    </message>
    <message>
        <source>unexpected JSON error: %1</source>
        <translation>erreur JSON inattendue : %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB (%2 bytes); it is not read</source>
        <translation>le fichier dépasse %1 Mio (%2 octets) ; il n&apos;est pas lu</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (at %1, byte offset %2)</source>
        <translation>le fichier n&apos;est pas un texte UTF-8 valide (à %1, décalage d&apos;octet %2)</translation>
    </message>
    <message>
        <source>required key is missing (a version string, or null if unknown)</source>
        <translation>clé obligatoire manquante (une chaîne de version, ou null si inconnue)</translation>
    </message>
    <message>
        <source>duplicate stage &quot;%1&quot; (first at %2): each stage appears at most once</source>
        <translation>étape « %1 » en double (première à %2) : chaque étape apparaît au plus une fois</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; is out of order: stages come in the order %2</source>
        <translation>l’étape « %1 » n’est pas à sa place : les étapes viennent dans l’ordre %2</translation>
    </message>
    <message>
        <source>must be at most %1: a bound far beyond any real workload that keeps every estimate finite</source>
        <translation>doit valoir au plus %1 : une borne bien au-delà de toute charge de travail réelle, qui garde chaque estimation finie</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>la lecture a été annulée</translation>
    </message>
    <message>
        <source>(no file name)</source>
        <translation>(aucun nom de fichier)</translation>
    </message>
    <message>
        <source>the file is %1 text; Greenprint reads UTF-8 only: save it as UTF-8 (without byte order mark) and open it again</source>
        <translation>le fichier est du texte %1 ; Greenprint ne lit que l’UTF-8 : enregistrez-le en UTF-8 (sans indicateur d’ordre des octets) et rouvrez-le</translation>
    </message>
    <message>
        <source>the file contains a NUL byte at %1 (byte offset %2): it is not a text file, or it is damaged</source>
        <translation>le fichier contient un octet NUL à %1 (décalage %2) : ce n’est pas un fichier texte, ou il est endommagé</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>doit être une date AAAA-MM-JJ, trouvé « %1 »</translation>
    </message>
    <message>
        <source>must not be before &quot;from&quot;</source>
        <translation>ne doit pas précéder « from »</translation>
    </message>
    <message>
        <source>more than %1 components; the file is refused</source>
        <translation>plus de %1 composants ; le fichier est refusé</translation>
    </message>
    <message>
        <source>more than %1 values outside the components (settings, catalog, scenarios and unknown keys); the file is refused</source>
        <translation>plus de %1 valeurs hors des composants (paramètres, catalogue, scénarios et clés inconnues) ; le fichier est refusé</translation>
    </message>
    <message>
        <source>%1 output tokens is more than the %2 tokensPerRequest they are part of</source>
        <translation>%1 jetons de sortie, c’est plus que les %2 tokensPerRequest dont ils font partie</translation>
    </message>
    <message>
        <source>%1 active parameters is more than the model&apos;s %2 parameters</source>
        <translation>%1 paramètres actifs, c’est plus que les %2 paramètres du modèle</translation>
    </message>
    <message>
        <source>applies to endpoints only: a job&apos;s requests are its total, &quot;requests&quot;</source>
        <translation>ne s&apos;applique qu&apos;aux points de terminaison : les requêtes d&apos;une tâche sont son total, &quot;requests&quot;</translation>
    </message>
    <message>
        <source>give either &quot;requests&quot; (the total) or &quot;requestsPerMonth&quot;, not both</source>
        <translation>indiquez &quot;requests&quot; (le total) ou &quot;requestsPerMonth&quot;, pas les deux</translation>
    </message>
    <message>
        <source>%1 trainable parameters is more than the model&apos;s %2 parameters</source>
        <translation>%1 paramètres entraînables, c’est plus que les %2 paramètres du modèle</translation>
    </message>
    <message>
        <source>gives the source of a busyTimeFactor that the work does not state</source>
        <translation>donne la source d&apos;un busyTimeFactor que le travail n&apos;indique pas</translation>
    </message>
</context>
<context>
    <name>greenprint::ProjectWriter</name>
    <message>
        <source>the override of &quot;%1&quot; does not hold valid JSON</source>
        <translation>la substitution de « %1 » ne contient pas de JSON valide</translation>
    </message>
    <message>
        <source>an endpoint serves inference work; it cannot hold training work</source>
        <translation>un point de terminaison sert un travail d&apos;inférence ; il ne peut pas contenir de travail d&apos;entraînement</translation>
    </message>
    <message>
        <source>cannot save a number that is not finite (%1)</source>
        <translation>impossible d&apos;enregistrer un nombre non fini (%1)</translation>
    </message>
    <message>
        <source>the unknown key &quot;%1&quot; clashes with a key of the file format</source>
        <translation>la clé inconnue « %1 » entre en conflit avec une clé du format de fichier</translation>
    </message>
    <message>
        <source>the unknown key &quot;%1&quot; does not hold valid JSON</source>
        <translation>la clé inconnue « %1 » ne contient pas de JSON valide</translation>
    </message>
    <message>
        <source>cannot save the project: %1</source>
        <translation>impossible d&apos;enregistrer le projet : %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot save the project: it takes %1 MiB, more than the %2 MiB a project file may have (split it into several projects)</source>
        <translation>impossible d’enregistrer le projet : il occupe %1 Mio, plus que les %2 Mio permis pour un fichier de projet (divisez-le en plusieurs projets)</translation>
    </message>
</context>
<context>
    <name>greenprint::PublicDatasetRule</name>
    <message>
        <source>Use a public dataset instead of ingesting and processing your own</source>
        <translation>Utiliser un jeu de données public au lieu d&apos;ingérer et de traiter le vôtre</translation>
    </message>
    <message numerus="yes">
        <source>If the data exists as a curated public dataset (Open Data on AWS, including the Amazon Sustainability Data Initiative, or AWS Data Exchange), the copy drops the stage&apos;s %n processing job(s), stored copies and transfers. Assumption: the public dataset replaces them entirely; any filtering or tokenizing you still need is not counted.</source>
        <translation>
            <numerusform>Si les données existent sous forme de jeu de données public organisé (Open Data on AWS, y compris l&apos;Amazon Sustainability Data Initiative, ou AWS Data Exchange), la copie supprime la %n tâche de traitement de l&apos;étape, les copies stockées et les transferts. Hypothèse : le jeu de données public les remplace entièrement ; le filtrage ou la tokenisation encore nécessaires ne sont pas comptés.</numerusform>
            <numerusform>Si les données existent sous forme de jeu de données public organisé (Open Data on AWS, y compris l&apos;Amazon Sustainability Data Initiative, ou AWS Data Exchange), la copie supprime les %n tâches de traitement de l&apos;étape, les copies stockées et les transferts. Hypothèse : le jeu de données public les remplace entièrement ; le filtrage ou la tokenisation encore nécessaires ne sont pas comptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only for data that is public in kind (weather, climate, satellite imagery, air quality, energy, public text corpora); a different dataset can change what the model learns.</source>
        <translation>Uniquement pour des données publiques par nature (météo, climat, imagerie satellite, qualité de l&apos;air, énergie, corpus de textes publics) ; un autre jeu de données peut changer ce que le modèle apprend.</translation>
    </message>
</context>
<context>
    <name>greenprint::QuantizeRule</name>
    <message>
        <source>Serve &quot;%1&quot; in bf16</source>
        <translation>Servir « %1 » en bf16</translation>
    </message>
    <message>
        <source>Measured on an H100, a BERT-base forward pass in bf16 used %1 less energy per sample than in fp32; the copy applies that to the busy time.</source>
        <translation>Mesurée sur un H100, une passe avant de BERT-base en bf16 consommait %1 d&apos;énergie de moins par échantillon qu&apos;en fp32 ; la copie l&apos;applique au temps occupé.</translation>
    </message>
    <message>
        <source>Reduced precision rarely changes accuracy; re-validate.</source>
        <translation>Une précision réduite change rarement l&apos;exactitude ; revalidez.</translation>
    </message>
    <message>
        <source>Quantize &quot;%1&quot; to int8 (or prune it)</source>
        <translation>Quantifier « %1 » en int8 (ou l&apos;élaguer)</translation>
    </message>
    <message>
        <source>Quantization halves the bits per weight and doubles the accelerator&apos;s peak (%1 has %2 int8 TOPS); the copy sizes the work in int8. Pruning can shrink the model further; no source gives a figure, so it is not counted.</source>
        <translation>La quantification divise par deux les bits par poids et double le débit crête de l&apos;accélérateur (%1 offre %2 TOPS int8) ; la copie dimensionne le travail en int8. L&apos;élagage peut réduire encore le modèle ; aucune source ne donne de chiffre, il n&apos;est donc pas compté.</translation>
    </message>
    <message>
        <source>Accuracy can drop; no source states by how much, so re-validate on your data.</source>
        <translation>La précision peut baisser ; aucune source n&apos;indique de combien, revalidez donc sur vos données.</translation>
    </message>
    <message>
        <source>Serve in bf16</source>
        <translation>Servir en bf16</translation>
    </message>
    <message>
        <source>Quantize to int8 (or prune)</source>
        <translation>Quantifier en int8 (ou élaguer)</translation>
    </message>
</context>
<context>
    <name>greenprint::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Projects</source>
        <translation>Récupérer les projets non enregistrés</translation>
    </message>
    <message>
        <source>Greenprint did not close normally last time. These projects had changes that were not saved:</source>
        <translation>Greenprint ne s&apos;est pas fermé normalement la dernière fois. Ces projets avaient des modifications non enregistrées :</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <source>%1
%2 · autosaved %3</source>
        <translation>%1
%2 · enregistré automatiquement %3</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>Tout &amp;abandonner</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider p&amp;lus tard</translation>
    </message>
</context>
<context>
    <name>greenprint::ReferenceDatabaseBuilder</name>
    <message>
        <source>%1: cannot read the schema: %2</source>
        <translation>%1 : impossible de lire le schéma : %2</translation>
    </message>
    <message>
        <source>%1: cannot create the database: %2</source>
        <translation>%1 : impossible de créer la base de données : %2</translation>
    </message>
    <message>
        <source>%1: cannot write the database</source>
        <translation>%1 : impossible d&apos;écrire la base de données</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>schema statement failed: %1
%2</source>
        <translation>échec d&apos;une instruction du schéma : %1
%2</translation>
    </message>
    <message>
        <source>%1: the table &quot;meta&quot; is filled by the converter, not from a CSV</source>
        <translation>%1 : la table « meta » est remplie par le convertisseur, pas à partir d&apos;un CSV</translation>
    </message>
    <message>
        <source>%1: skipped, the schema has no table &quot;%2&quot;</source>
        <translation>%1 : ignoré, le schéma n&apos;a pas de table « %2 »</translation>
    </message>
    <message>
        <source>%1: missing; the schema has a table &quot;%2&quot;</source>
        <translation>%1 : manquant ; le schéma a une table « %2 »</translation>
    </message>
    <message>
        <source>%1:1: column &quot;%2&quot; of table &quot;%3&quot; is missing (expected as column %4)</source>
        <translation>%1:1 : la colonne « %2 » de la table « %3 » est manquante (attendue en colonne %4)</translation>
    </message>
    <message>
        <source>%1:1: column %2 &quot;%3&quot; is not a column of table &quot;%4&quot;</source>
        <translation>%1:1 : la colonne %2 « %3 » n&apos;est pas une colonne de la table « %4 »</translation>
    </message>
    <message>
        <source>%1:1: column %2 is &quot;%3&quot;, table &quot;%4&quot; expects &quot;%5&quot; there</source>
        <translation>%1:1 : la colonne %2 est « %3 », la table « %4 » y attend « %5 »</translation>
    </message>
    <message>
        <source>%1:%2: row rejected: %3</source>
        <translation>%1:%2 : ligne rejetée : %3</translation>
    </message>
    <message>
        <source>%1: missing or empty (it holds the data version)</source>
        <translation>%1 : manquant ou vide (il contient la version des données)</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>impossible de valider : %1</translation>
    </message>
    <message>
        <source>cannot set the text encoding: %1</source>
        <translation>impossible de définir l’encodage du texte : %1</translation>
    </message>
</context>
<context>
    <name>greenprint::ReferenceFormats</name>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>gCO2e/kWh</source>
        <translation>gCO2e/kWh</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>100% RE 2023</source>
        <translation>100 % ENR 2023</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory GiB</source>
        <translation>Mémoire Gio</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accélérateur</translation>
    </message>
    <message>
        <source>Accel.</source>
        <translation>Accél.</translation>
    </message>
    <message>
        <source>Idle W</source>
        <translation>Repos W</translation>
    </message>
    <message>
        <source>Max W</source>
        <translation>Max. W</translation>
    </message>
    <message>
        <source>Peak TFLOPS</source>
        <translation>TFLOPS crête</translation>
    </message>
    <message>
        <source>Typical W</source>
        <translation>Typique W</translation>
    </message>
    <message>
        <source>TFLOPS/kW</source>
        <translation>TFLOPS/kW</translation>
    </message>
    <message>
        <source>TFLOPS per USD/h</source>
        <translation>TFLOPS par USD/h</translation>
    </message>
    <message>
        <source>CPU index</source>
        <translation>Indice CPU</translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation>USD/h</translation>
    </message>
    <message>
        <source>Power method</source>
        <translation>Méthode de puissance</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>Autre nom</translation>
    </message>
    <message>
        <source>
Peak TFLOPS: dense bf16 (fp16 where bf16 is unpublished) of all accelerators. Idle, Max and Typical W: Greenprint power model at 0 %, 100 % and the default utilization, accelerators included, before PUE; * marks AWS Neuron chips, whose power is a derived assumption. Other name: the SageMaker ml. name of an EC2 type, or the EC2 type of an ml. name. CPU index: vCPUs x throughput per vCPU relative to Skylake.
</source>
        <translation>
Peak TFLOPS : crête dense bf16 (fp16 si bf16 n’est pas publié) de tous les accélérateurs. Idle, Max et Typical W : modèle de puissance Greenprint à 0 %, 100 % et à l’utilisation par défaut, accélérateurs compris, avant PUE ; * signale les puces AWS Neuron, dont la puissance est une hypothèse dérivée. Other name : le nom SageMaker ml. d’un type EC2, ou le type EC2 d’un nom ml. CPU index : vCPU x débit par vCPU relatif à Skylake.
</translation>
    </message>
</context>
<context>
    <name>greenprint::ReferenceRepository</name>
    <message>
        <source>cannot read the table %1: %2</source>
        <translation>impossible de lire la table %1 : %2</translation>
    </message>
    <message>
        <source>GREENPRINT_REFERENCE_DB names a file that does not exist</source>
        <translation>GREENPRINT_REFERENCE_DB désigne un fichier qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>The reference database cannot be used (%1); trying the next location</source>
        <translation>La base de données de référence est inutilisable (%1) ; essai de l&apos;emplacement suivant</translation>
    </message>
    <message>
        <source>No reference database file found; using the built-in copy</source>
        <translation>Aucun fichier de base de données de référence trouvé ; utilisation de la copie intégrée</translation>
    </message>
    <message>
        <source>The reference database cannot be used (%1); using the built-in copy</source>
        <translation>La base de données de référence est inutilisable (%1) ; utilisation de la copie intégrée</translation>
    </message>
    <message>
        <source>the built-in copy is missing from this build</source>
        <translation>la copie intégrée est absente de cette version</translation>
    </message>
    <message>
        <source>cannot extract the built-in copy to a temporary file: %1</source>
        <translation>impossible d&apos;extraire la copie intégrée dans un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>The built-in reference database cannot be read: %1</source>
        <translation>La base de données de référence intégrée est illisible : %1</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>aucun nom de fichier indiqué</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot open it: %1</source>
        <translation>impossible de l&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>not a readable SQLite database</source>
        <translation>pas une base de données SQLite lisible</translation>
    </message>
    <message>
        <source>schema version %1, this version of Greenprint reads version %2</source>
        <translation>version de schéma %1, cette version de Greenprint lit la version %2</translation>
    </message>
    <message>
        <source>cannot read the table meta</source>
        <translation>impossible de lire la table meta</translation>
    </message>
    <message>
        <source>the data version is missing</source>
        <translation>la version des données est absente</translation>
    </message>
    <message>
        <source>cannot read the table instances</source>
        <translation>impossible de lire la table instances</translation>
    </message>
    <message>
        <source>Instance %1 has the unknown category &quot;%2&quot;</source>
        <translation>L&apos;instance %1 a la catégorie inconnue « %2 »</translation>
    </message>
    <message>
        <source>cannot read the table regions</source>
        <translation>impossible de lire la table regions</translation>
    </message>
    <message>
        <source>cannot read the table storage_classes</source>
        <translation>impossible de lire la table storage_classes</translation>
    </message>
    <message>
        <source>Unknown storage class &quot;%1&quot; ignored</source>
        <translation>Classe de stockage inconnue « %1 » ignorée</translation>
    </message>
    <message>
        <source>cannot read the table coefficients</source>
        <translation>impossible de lire la table coefficients</translation>
    </message>
    <message>
        <source>cannot read the table claims</source>
        <translation>impossible de lire la table claims</translation>
    </message>
    <message>
        <source>it has no instances or no regions</source>
        <translation>elle n&apos;a aucune instance ou aucune région</translation>
    </message>
    <message>
        <source>cannot read the table residual_mix</source>
        <translation>impossible de lire la table residual_mix</translation>
    </message>
</context>
<context>
    <name>greenprint::RegionMap</name>
    <message>
        <source>Map of regions by grid intensity</source>
        <translation>Carte des régions par intensité du réseau</translation>
    </message>
    <message>
        <source>The land outline could not be loaded: %1</source>
        <translation>Le contour des terres n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>%1 · %2 gCO2e/kWh</source>
        <translation>%1 · %2 gCO2e/kWh</translation>
    </message>
    <message>
        <source>Not on the map (no coordinates in the data): %1</source>
        <translation>Absentes de la carte (pas de coordonnées dans les données) : %1</translation>
    </message>
    <message>
        <source>Grid intensity, gCO2e/kWh</source>
        <translation>Intensité du réseau, gCO2e/kWh</translation>
    </message>
    <message>
        <source>≥%1</source>
        <translation>≥%1</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 gCO2e/kWh, location-based</source>
        <translation>%1 (%2)
%3 gCO2e/kWh, basé sur la localisation</translation>
    </message>
</context>
<context>
    <name>greenprint::RegionMoveRule</name>
    <message>
        <source>One-off copy of the stage&apos;s existing data to %1</source>
        <translation>Copie ponctuelle des données existantes de l&apos;étape vers %1</translation>
    </message>
    <message>
        <source>Run %1 in %2 (%3)</source>
        <translation>Exécuter %1 dans %2 (%3)</translation>
    </message>
    <message>
        <source>Moves the stage from %1 to %2, the allowed region with the lowest estimated kgCO2e for it (grid %3 gCO2e/kWh). %4 Prices in the reference data are us-east-1 On-Demand for every region, so regional price differences are not counted.</source>
        <translation>Déplace l&apos;étape de %1 vers %2, la région autorisée où ses kgCO2e estimés sont les plus bas (réseau %3 gCO2e/kWh). %4 Les prix des données de référence sont ceux d&apos;us-east-1 à la demande pour toutes les régions : les écarts de prix régionaux ne sont pas comptés.</translation>
    </message>
    <message>
        <source>Counts a one-off transfer of the %1 GB the stage stores.</source>
        <translation>Compte un transfert ponctuel des %1 Go que l&apos;étape stocke.</translation>
    </message>
    <message>
        <source>The stage stores no data, so no transfer is counted.</source>
        <translation>L&apos;étape ne stocke aucune donnée : aucun transfert n&apos;est compté.</translation>
    </message>
    <message>
        <source>Check data residency and the other stages: keep data close to its producers and train close to the data, or count their transfers too.</source>
        <translation>Vérifiez la résidence des données et les autres étapes : gardez les données près de leurs producteurs et entraînez près des données, ou comptez aussi leurs transferts.</translation>
    </message>
    <message>
        <source>Serving from another region changes the network latency to your users; the latency table has no figure from %1 to %2.</source>
        <translation>Servir depuis une autre région modifie la latence réseau vers vos utilisateurs ; la table des latences n’a pas de valeur de %1 vers %2.</translation>
    </message>
    <message>
        <source>Users near %1 reach %2 in a median %3 ms network round trip, against %4 ms to %5 now (cloudping.co, a year of measurements between AWS Regions).</source>
        <translation>Les utilisateurs proches de %1 atteignent %2 en un aller-retour réseau médian de %3 ms, contre %4 ms vers %5 aujourd’hui (cloudping.co, un an de mesures entre régions AWS).</translation>
    </message>
    <message>
        <source>Users near %1 reach %2 in a median %3 ms network round trip (cloudping.co, a year of measurements between AWS Regions).</source>
        <translation>Les utilisateurs proches de %1 atteignent %2 en un aller-retour réseau médian de %3 ms (cloudping.co, un an de mesures entre régions AWS).</translation>
    </message>
    <message>
        <source>The users are taken to be near the endpoints&apos; current region: state the users&apos; region under Constraints.</source>
        <translation>Les utilisateurs sont supposés proches de la région actuelle des points de terminaison : indiquez leur région dans Contraintes.</translation>
    </message>
    <message>
        <source>One-off copy of the stage&apos;s existing data to the new region</source>
        <translation>Copie unique des données existantes de l’étape vers la nouvelle région</translation>
    </message>
    <message>
        <source>users near %1 would wait a median %2 ms round trip there</source>
        <translation>les utilisateurs près de %1 y attendraient un aller-retour médian de %2 ms</translation>
    </message>
    <message>
        <source>the latency table has no figure for it</source>
        <translation>la table de latence n’a pas de valeur pour elle</translation>
    </message>
    <message>
        <source>%1 (%2) would emit less (%3 kgCO2e for the stage against %4), but the project&apos;s latency ceiling of %5 ms (constraints.latencyCeilingMs) removes it: %6. This is the best region within the ceiling.</source>
        <translation>%1 (%2) émettrait moins (%3 kgCO2e pour l’étape contre %4), mais le plafond de latence du projet de %5 ms (constraints.latencyCeilingMs) l’exclut : %6. Ceci est la meilleure région sous ce plafond.</translation>
    </message>
</context>
<context>
    <name>greenprint::RegionPickerDialog</name>
    <message>
        <source>Search region id, name or basis…</source>
        <translation>Rechercher un identifiant de région, un nom ou une base…</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Grid intensity is location-based (gCO2e per kWh at the servers&apos; grid). Renewable matching is AWS&apos;s market-based claim: Greenprint reports it beside the location-based figure, never instead of it.</source>
        <translation>L&apos;intensité du réseau est fondée sur la localisation (gCO2e par kWh sur le réseau des serveurs). La couverture renouvelable est l&apos;affirmation d&apos;AWS fondée sur le marché : Greenprint l&apos;indique à côté de la valeur fondée sur la localisation, jamais à sa place.</translation>
    </message>
    <message>
        <source>Choose Region</source>
        <translation>Choisir la région</translation>
    </message>
    <message>
        <source>Search regions</source>
        <translation>Rechercher des régions</translation>
    </message>
</context>
<context>
    <name>greenprint::RegionTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Custom region</source>
        <translation>Région personnalisée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Electricity consumption matched 100% with renewable energy in 2023 (market-based; the carbon figures here are location-based)</source>
        <translation>Consommation d&apos;électricité couverte à 100 % par des énergies renouvelables en 2023 (fondé sur le marché ; les émissions indiquées ici sont fondées sur la localisation)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Grid (gCO2e/kWh)</source>
        <translation>Réseau (gCO2e/kWh)</translation>
    </message>
    <message>
        <source>Basis / year</source>
        <translation>Base / année</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Renewable 2023</source>
        <translation>Renouvelable 2023</translation>
    </message>
</context>
<context>
    <name>greenprint::RegularFile</name>
    <message>
        <source>no file name was given</source>
        <translation>aucun nom de fichier n’a été donné</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a regular file; only regular files are read</source>
        <translation>c’est un tube (FIFO), pas un fichier ordinaire ; seuls les fichiers ordinaires sont lus</translation>
    </message>
    <message>
        <source>it is a device, not a regular file; only regular files are read</source>
        <translation>c’est un périphérique, pas un fichier ordinaire ; seuls les fichiers ordinaires sont lus</translation>
    </message>
    <message>
        <source>it is a socket, not a regular file; only regular files are read</source>
        <translation>c’est un socket, pas un fichier ordinaire ; seuls les fichiers ordinaires sont lus</translation>
    </message>
    <message>
        <source>it is not a regular file; only regular files are read</source>
        <translation>ce n’est pas un fichier ordinaire ; seuls les fichiers ordinaires sont lus</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
</context>
<context>
    <name>greenprint::RightSizeRule</name>
    <message>
        <source>Right-size &quot;%1&quot;: %2 x %3 instead of %4 x %5</source>
        <translation>Redimensionner « %1 » : %2 x %3 au lieu de %4 x %5</translation>
    </message>
    <message>
        <source>Utilization is %1 (CloudWatch or the Debugger profiler show it). The copy runs the same work on %2 x %3 at %4. Energy per unit of work falls as load rises: measured on an H100, %5 less at 75 % than at 10 % load. Assumption: the work packs at up to 75 % utilization for the same hours.</source>
        <translation>L&apos;utilisation est de %1 (CloudWatch ou le profileur de Debugger l&apos;indiquent). La copie exécute le même travail sur %2 x %3 à %4. L&apos;énergie par unité de travail baisse quand la charge augmente : mesuré sur un H100, %5 de moins à 75 % qu&apos;à 10 % de charge. Hypothèse : le travail est regroupé jusqu&apos;à 75 % d&apos;utilisation pendant les mêmes heures.</translation>
    </message>
    <message>
        <source>Less headroom for peaks; memory per instance must still fit the job.</source>
        <translation>Moins de marge pour les pics ; la mémoire par instance doit toujours suffire à la tâche.</translation>
    </message>
    <message>
        <source>Measured utilization is %1 (%2). The copy runs the same work on %3 x %4 at %5. Energy per unit of work falls as load rises: measured on an H100, %6 less at 75 % than at 10 % load. Assumption: the work packs at up to 75 % utilization for the same hours.</source>
        <translation>L&apos;utilisation mesurée est de %1 (%2). La copie exécute le même travail sur %3 x %4 à %5. L&apos;énergie par unité de travail baisse quand la charge monte : mesuré sur une H100, %6 de moins à 75 % qu&apos;à 10 % de charge. Hypothèse : le travail se regroupe jusqu&apos;à 75 % d&apos;utilisation pour les mêmes heures.</translation>
    </message>
    <message>
        <source>Right-size the instances</source>
        <translation>Redimensionner les instances</translation>
    </message>
</context>
<context>
    <name>greenprint::RuleSupport</name>
    <message>
        <source>Whether %1 offers %2 is not known (the EC2 offerings snapshot does not cover the region or the type): check before you plan on it.</source>
        <translation>On ne sait pas si %1 propose %2 (l’instantané des offres EC2 ne couvre pas la région ou le type) : vérifiez-le avant de compter dessus.</translation>
    </message>
    <message>
        <source>The closest match, %1 x %2, is not offered in %3 (EC2 offerings of %4): %5 x %6 is the best match the Region offers.</source>
        <translation>La correspondance la plus proche, %1 x %2, n’est pas proposée dans %3 (offres EC2 du %4) : %5 x %6 est la meilleure correspondance que la région propose.</translation>
    </message>
</context>
<context>
    <name>greenprint::ScenarioApplier</name>
    <message>
        <source>scenario &quot;%1&quot;: suggestion &quot;%2&quot; does not apply to this plan (it may have changed, or the suggestion would break a constraint)</source>
        <translation>scénario « %1 » : la suggestion « %2 » ne s&apos;applique pas à ce plan (il a peut-être changé, ou la suggestion enfreindrait une contrainte)</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: %2</source>
        <translation>scénario « %1 » : %2</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;: the project has no scenarios</source>
        <translation>scénario inconnu « %1 » : le projet n&apos;a aucun scénario</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;; the project&apos;s scenarios are: %2</source>
        <translation>scénario inconnu « %1 » ; les scénarios du projet sont : %2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: %2: %3</source>
        <translation>scénario « %1 » : %2 : %3</translation>
    </message>
</context>
<context>
    <name>greenprint::ScenarioEvaluator</name>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n substitution</numerusform>
            <numerusform>%n substitutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>not estimated: %1</source>
        <translation>non estimé : %1</translation>
    </message>
    <message>
        <source>not estimated: some component could not be estimated</source>
        <translation>non estimé : un composant n’a pas pu être estimé</translation>
    </message>
    <message>
        <source>cost unknown: no price for &quot;%1&quot; in the reference data</source>
        <translation>coût inconnu : aucun prix pour « %1 » dans les données de référence</translation>
    </message>
    <message>
        <source>cost unknown: no price for &quot;%1&quot; (%2) in the reference data</source>
        <translation>coût inconnu : aucun prix pour « %1 » (%2) dans les données de référence</translation>
    </message>
    <message>
        <source>cost unknown: some price is missing from the reference data</source>
        <translation>coût inconnu : un prix manque dans les données de référence</translation>
    </message>
</context>
<context>
    <name>greenprint::ScenarioListModel</name>
    <message numerus="yes">
        <source>%1: %n suggestion(s) applied</source>
        <translation>
            <numerusform>%1 : %n suggestion appliquée</numerusform>
            <numerusform>%1 : %n suggestions appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field override(s)</source>
        <translation>
            <numerusform>%n substitution de champ</numerusform>
            <numerusform>%n substitutions de champs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::ScenarioSelector</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No scenario yet: click New</source>
        <translation>Aucun scénario pour l&apos;instant : cliquez sur Nouveau</translation>
    </message>
    <message>
        <source>Current scenario</source>
        <translation>Scénario courant</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scénario :</translation>
    </message>
    <message>
        <source>Add an empty scenario</source>
        <translation>Ajouter un scénario vide</translation>
    </message>
    <message>
        <source>Add a copy of the current scenario</source>
        <translation>Ajouter une copie du scénario courant</translation>
    </message>
    <message>
        <source>Rename the current scenario</source>
        <translation>Renommer le scénario courant</translation>
    </message>
    <message>
        <source>Delete the current scenario (Edit &gt; Undo brings it back)</source>
        <translation>Supprimer le scénario courant (Édition &gt; Annuler le rétablit)</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>A scenario needs a name that no other scenario has.</source>
        <translation>Un scénario doit avoir un nom qu&apos;aucun autre scénario ne porte.</translation>
    </message>
</context>
<context>
    <name>greenprint::Screenshotter</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>the whole plan&apos;s Pareto front is empty and shows no reason why</source>
        <translation>le front de Pareto du plan entier est vide et n&apos;en indique pas la raison</translation>
    </message>
</context>
<context>
    <name>greenprint::ServerlessEndpointRule</name>
    <message>
        <source>Serve &quot;%1&quot; with SageMaker Serverless Inference</source>
        <translation>Servir « %1 » avec SageMaker Serverless Inference</translation>
    </message>
    <message>
        <source>For intermittent or unpredictable traffic, serverless inference launches capacity per request and scales to zero: the endpoint is busy %1 of its %2 hours, and the copy counts only the busy hours, at full load. Assumption: this instance type stands in for the serverless capacity (which is CPU only).</source>
        <translation>Pour un trafic intermittent ou imprévisible, l&apos;inférence sans serveur lance de la capacité à chaque requête et descend à zéro : le point de terminaison est occupé %1 de ses %2 heures, et la copie ne compte que les heures occupées, à pleine charge. Hypothèse : ce type d&apos;instance représente la capacité sans serveur (qui n&apos;a que des CPU).</translation>
    </message>
    <message>
        <source>Cold starts add latency after idle periods; Serverless Inference has no GPUs and limits memory and concurrency.</source>
        <translation>Les démarrages à froid ajoutent de la latence après les périodes d&apos;inactivité ; Serverless Inference n&apos;a pas de GPU et limite la mémoire et la simultanéité.</translation>
    </message>
    <message>
        <source>Serve with SageMaker Serverless Inference</source>
        <translation>Servir avec SageMaker Serverless Inference</translation>
    </message>
</context>
<context>
    <name>greenprint::ServerlessPipelineRule</name>
    <message>
        <source>Run &quot;%1&quot; as a serverless pipeline (AWS Glue, Step Functions)</source>
        <translation>Exécuter « %1 » comme pipeline sans serveur (AWS Glue, Step Functions)</translation>
    </message>
    <message>
        <source>The cluster is busy %1 of its %2 hours. An event-driven serverless pipeline provisions capacity only while work runs: the copy keeps the busy %3 hours at full load, as the estimator counts serverless endpoints. Assumption: the same instance type stands in for the serverless capacity.</source>
        <translation>Le cluster est occupé %1 de ses %2 heures. Un pipeline sans serveur piloté par les événements ne provisionne de la capacité que pendant le travail : la copie garde les %3 heures occupées à pleine charge, comme l&apos;estimateur compte les points de terminaison sans serveur. Hypothèse : le même type d&apos;instance représente la capacité sans serveur.</translation>
    </message>
    <message>
        <source>Jobs start on demand (start-up time per run); long-running Spark jobs may need rework for Glue.</source>
        <translation>Les tâches démarrent à la demande (temps de démarrage à chaque exécution) ; les longues tâches Spark peuvent devoir être retravaillées pour Glue.</translation>
    </message>
    <message>
        <source>Run as serverless pipelines (AWS Glue, Step Functions)</source>
        <translation>Exécuter en pipelines sans serveur (AWS Glue, Step Functions)</translation>
    </message>
</context>
<context>
    <name>greenprint::SpotRule</name>
    <message>
        <source>Run &quot;%1&quot; on Spot capacity</source>
        <translation>Exécuter « %1 » sur de la capacité Spot</translation>
    </message>
    <message>
        <source>Managed Spot Training uses spare EC2 capacity at up to 90 % off On-Demand (C16); the estimate applies a %1 discount. Carbon: none saved. The same hardware runs for the same hours, so location- and market-based kgCO2e do not change; only a marginal accounting that credits using idle capacity would count less, and Greenprint reports location-based carbon.</source>
        <translation>Managed Spot Training utilise la capacité EC2 inutilisée jusqu&apos;à 90 % moins cher qu&apos;à la demande (C16) ; l&apos;estimation applique une remise de %1. Émissions : aucune économie. Le même matériel tourne les mêmes heures, donc les kgCO2e fondés sur la localisation et sur le marché ne changent pas ; seule une comptabilité marginale qui valorise l&apos;usage de capacité inactive compterait moins, et Greenprint indique les émissions fondées sur la localisation.</translation>
    </message>
    <message>
        <source>Spot capacity can be reclaimed with two minutes&apos; notice: checkpoint, and expect interrupted runs to take longer.</source>
        <translation>La capacité Spot peut être reprise avec un préavis de deux minutes : faites des points de contrôle et attendez-vous à ce que les exécutions interrompues durent plus longtemps.</translation>
    </message>
    <message>
        <source>Run on Spot capacity</source>
        <translation>Exécuter sur de la capacité Spot</translation>
    </message>
</context>
<context>
    <name>greenprint::StageForm</name>
    <message>
        <source>&amp;Region override:</source>
        <translation>&amp;Région de remplacement :</translation>
    </message>
    <message>
        <source>Run this stage in another region than the project&apos;s, e.g. train where the grid is cleaner. Leave empty to use the project&apos;s region.</source>
        <translation>Exécuter cette étape dans une autre région que celle du projet, p. ex. entraîner là où le réseau est plus propre. Laissez vide pour utiliser la région du projet.</translation>
    </message>
    <message>
        <source>Project region (%1)</source>
        <translation>Région du projet (%1)</translation>
    </message>
</context>
<context>
    <name>greenprint::StageNavigator</name>
    <message>
        <source>Stages and components</source>
        <translation>Étapes et composants</translation>
    </message>
</context>
<context>
    <name>greenprint::StageTreeModel</name>
    <message>
        <source>The project&apos;s region</source>
        <translation>La région du projet</translation>
    </message>
    <message>
        <source>Stage region override</source>
        <translation>Région de l&apos;étape remplacée</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Stage / component</source>
        <translation>Étape / composant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Hours (h)</source>
        <translation>Heures (h)</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Énergie (kWh)</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>estimation…</translation>
    </message>
    <message>
        <source>Estimating: these figures are from before the last change</source>
        <translation>Estimation en cours : ces chiffres datent d’avant la dernière modification</translation>
    </message>
    <message>
        <source>Carbon (kgCO2e), location-based</source>
        <translation>Émissions (kgCO2e), fondées sur la localisation</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
</context>
<context>
    <name>greenprint::StopFailingRunsRule</name>
    <message>
        <source>Let SageMaker Debugger stop &quot;%1&quot; when it goes wrong</source>
        <translation>Laisser SageMaker Debugger arrêter « %1 » en cas de problème</translation>
    </message>
    <message>
        <source>Debugger&apos;s built-in rules (system bottlenecks, overfitting, saturated activations) stop a training job as soon as they detect a problem. This plan counts no failed runs, so it saves nothing on the plan as written; each run of this job that fails and is stopped early saves up to its %1 kgCO2e and %2 hours.</source>
        <translation>Les règles intégrées de Debugger (goulets d&apos;étranglement système, surapprentissage, activations saturées) arrêtent une tâche d&apos;entraînement dès qu&apos;elles détectent un problème. Ce plan ne compte aucune exécution échouée : il n&apos;économise donc rien sur le plan tel qu&apos;il est écrit ; chaque exécution de cette tâche qui échoue et est arrêtée tôt économise jusqu&apos;à ses %1 kgCO2e et %2 heures.</translation>
    </message>
    <message>
        <source>A rule that fires wrongly stops a healthy run; tune the rules&apos; thresholds.</source>
        <translation>Une règle qui se déclenche à tort arrête une exécution saine ; ajustez les seuils des règles.</translation>
    </message>
    <message>
        <source>Let SageMaker Debugger stop runs that go wrong</source>
        <translation>Laisser SageMaker Debugger arrêter les exécutions qui échouent</translation>
    </message>
</context>
<context>
    <name>greenprint::StorageForm</name>
    <message>
        <source>Storage &amp;class:</source>
        <translation>&amp;Classe de stockage :</translation>
    </message>
    <message>
        <source>The S3, EBS or EFS class; it sets the medium (SSD or HDD), the number of copies kept and the price.</source>
        <translation>La classe S3, EBS ou EFS ; elle fixe le support (SSD ou HDD), le nombre de copies conservées et le prix.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>How long the data is kept (1 month = 730 h).</source>
        <translation>Durée de conservation des données (1 mois = 730 h).</translation>
    </message>
    <message>
        <source>Amount of data stored. Type a unit to convert: 2 TB is 2048 GB (AWS bills in binary units: 1 GB = 2^30 bytes, 1 TB = 1024 GB, 1 PB = 1024 TB).</source>
        <translation>Quantité de données stockées. Saisissez une unité pour convertir : 2 TB font 2048 GB (AWS facture en unités binaires : 1 GB = 2^30 octets, 1 TB = 1024 GB, 1 PB = 1024 TB).</translation>
    </message>
</context>
<context>
    <name>greenprint::StorageLifecycleRule</name>
    <message>
        <source>Expire &quot;%1&quot; after %2 months with an S3 Lifecycle rule</source>
        <translation>Faire expirer « %1 » après %2 mois avec une règle S3 Lifecycle</translation>
    </message>
    <message>
        <source>Define a retention period that meets the business requirement without exceeding it and let S3 Lifecycle delete the data. Assumption: the data is needed for %1 of the %2 months planned; set the period you actually need.</source>
        <translation>Définir une durée de conservation qui satisfait le besoin métier sans le dépasser et laisser S3 Lifecycle supprimer les données. Hypothèse : les données sont nécessaires %1 des %2 mois prévus ; définissez la durée dont vous avez réellement besoin.</translation>
    </message>
    <message>
        <source>Deleted data is gone: keep what audits, reproducibility or retraining require.</source>
        <translation>Les données supprimées disparaissent : gardez ce qu&apos;exigent les audits, la reproductibilité ou un nouvel entraînement.</translation>
    </message>
    <message>
        <source>Expire stored data with an S3 Lifecycle rule</source>
        <translation>Faire expirer les données stockées avec une règle S3 Lifecycle</translation>
    </message>
</context>
<context>
    <name>greenprint::Suggestion</name>
    <message>
        <source>Whole plan</source>
        <translation>Plan entier</translation>
    </message>
</context>
<context>
    <name>greenprint::SuggestionFormats</name>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>kgCO2e saved</source>
        <translation>kgCO2e évités</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>kWh saved</source>
        <translation>kWh économisés</translation>
    </message>
    <message>
        <source>USD saved</source>
        <translation>USD économisés</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Heures économisées</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Suggestion (source)</source>
        <translation>Suggestion (source)</translation>
    </message>
    <message>
        <source>Plan: %1 kgCO2e, %2 kWh, %3 USD. Each suggestion is estimated on its own copy of the plan; savings of several do not add up.

</source>
        <translation>Plan : %1 kgCO2e, %2 kWh, %3 USD. Chaque suggestion est estimée sur sa propre copie du plan ; les économies de plusieurs suggestions ne s&apos;additionnent pas.

</translation>
    </message>
    <message>
        <source>No suggestions: nothing in this plan matches a practice of the guidance within its constraints.
</source>
        <translation>Aucune suggestion : rien dans ce plan ne correspond à une pratique des recommandations dans le respect de ses contraintes.
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The plan itself cannot run as written:
</source>
        <translation>Le plan lui-même ne peut pas tourner tel quel :
</translation>
    </message>
    <message numerus="yes">
        <source>Not offered (%n):
</source>
        <translation>
            <numerusform>Non proposée (%n) :
</numerusform>
            <numerusform>Non proposées (%n) :
</numerusform>
        </translation>
    </message>
    <message>
        <source>  - %1 (%2), because %3
</source>
        <translation>  - %1 (%2). Motif : %3
</translation>
    </message>
    <message>
        <source>  - %1
    %2: would save %3 kgCO2e (%4 %), %5 USD.
</source>
        <translation>  - %1
    %2 : économiserait %3 kgCO2e (%4 %), %5 USD.
</translation>
    </message>
    <message>
        <source>  - %1 (%2): nothing counted on this plan
</source>
        <translation>  - %1 (%2) : rien de compté sur ce plan
</translation>
    </message>
    <message>
        <source>  - %1 (%2): %3 kgCO2e, %4 USD
</source>
        <translation>  - %1 (%2) : %3 kgCO2e, %4 USD
</translation>
    </message>
</context>
<context>
    <name>greenprint::SuggestionGrouping</name>
    <message>
        <source>Does a public dataset (Open Data on AWS, AWS Data Exchange) hold the data this stage ingests? The plan does not say, so this is not ranked.</source>
        <translation>Un jeu de données public (Open Data on AWS, AWS Data Exchange) contient-il les données que cette étape ingère ? Le plan ne le dit pas, cette suggestion n’est donc pas classée.</translation>
    </message>
    <message>
        <source>How much accuracy may the model lose? State the project&apos;s accuracy floor; until then this is not ranked.</source>
        <translation>Quelle précision le modèle peut-il perdre ? Indiquez le plancher de précision du projet ; d’ici là, cette suggestion n’est pas classée.</translation>
    </message>
    <message numerus="yes">
        <source>%1, and the same on %n other component(s)</source>
        <translation>
            <numerusform>%1, et de même sur %n autre composant</numerusform>
            <numerusform>%1, et de même sur %n autres composants</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs an answer before it is ranked</source>
        <translation>Demande une réponse avant d’être classée</translation>
    </message>
    <message>
        <source>Smaller savings (under 0.5 % of the plan&apos;s kgCO2e, or nothing counted)</source>
        <translation>Économies plus faibles (moins de 0,5 % des kgCO2e du plan, ou rien de compté)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n component(s))</source>
        <translation>
            <numerusform>%1 (%n composant)</numerusform>
            <numerusform>%1 (%n composants)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::SuggestionListModel</name>
    <message>
        <source>Side effects: %1</source>
        <translation>Effets secondaires : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Apply the suggestion in the current scenario</source>
        <translation>Appliquer la suggestion dans le scénario courant</translation>
    </message>
    <message>
        <source>Location-based kgCO2e saved, estimated on its own copy of the plan; savings of several do not add up</source>
        <translation>kgCO2e fondés sur la localisation évités, estimés sur une copie distincte du plan ; les économies de plusieurs suggestions ne s&apos;additionnent pas</translation>
    </message>
    <message>
        <source>Wall-clock hours of the jobs saved</source>
        <translation>Heures réelles de tâches économisées</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Saved (kgCO2e)</source>
        <translation>Économisé (kgCO2e)</translation>
    </message>
    <message>
        <source>Saved (kWh)</source>
        <translation>Économisé (kWh)</translation>
    </message>
    <message>
        <source>Saved (USD)</source>
        <translation>Économisé (USD)</translation>
    </message>
    <message>
        <source>Saved (h)</source>
        <translation>Économisé (h)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Applies to: %1</source>
        <translation>S’applique à : %1</translation>
    </message>
    <message>
        <source>Needs an answer: %1</source>
        <translation>Demande une réponse : %1</translation>
    </message>
    <message>
        <source>Smaller: %1 (nothing counted on this plan)</source>
        <translation>Plus faible : %1 (rien de compté sur ce plan)</translation>
    </message>
    <message>
        <source>Smaller: %1 (&lt; 0.5 %)</source>
        <translation>Plus faible : %1 (&lt; 0,5 %)</translation>
    </message>
</context>
<context>
    <name>greenprint::TrainingCompilerRule</name>
    <message>
        <source>Compile the training of &quot;%1&quot; for the GPU</source>
        <translation>Compiler l&apos;entraînement de « %1 » pour le GPU</translation>
    </message>
    <message>
        <source>Compiling the model to hardware-optimized kernels (SageMaker Training Compiler, up to 50 % faster per C15; torch.compile) shortens training. The copy applies the measured saving: %1 less energy per sample on an H100 (and 26 % less time), as %1 fewer busy hours.</source>
        <translation>Compiler le modèle en noyaux optimisés pour le matériel (SageMaker Training Compiler, jusqu&apos;à 50 % plus rapide selon C15 ; torch.compile) raccourcit l&apos;entraînement. La copie applique l&apos;économie mesurée : %1 d&apos;énergie en moins par échantillon sur un H100 (et 26 % de temps en moins), sous forme de %1 d&apos;heures occupées en moins.</translation>
    </message>
    <message>
        <source>A one-off compile (55 s measured) per run; AWS announces no new releases of SageMaker Training Compiler, so use torch.compile or XLA.</source>
        <translation>Une compilation ponctuelle (55 s mesurées) par exécution ; AWS n&apos;annonce plus de nouvelles versions de SageMaker Training Compiler : utilisez torch.compile ou XLA.</translation>
    </message>
    <message>
        <source>Compile the training for the GPU</source>
        <translation>Compiler l&apos;entraînement pour le GPU</translation>
    </message>
</context>
<context>
    <name>greenprint::TrainiumRule</name>
    <message>
        <source>Train &quot;%1&quot; on AWS Trainium (%2 x %3)</source>
        <translation>Entraîner « %1 » sur AWS Trainium (%2 x %3)</translation>
    </message>
    <message>
        <source>Trainium is expected to be AWS&apos;s most energy-efficient training processor: AWS reports about 25 % less energy for BERT-Large (C05) and up to 50 % lower cost (C04). The copy moves %1 x %2 to %3 x %4 of the same throughput; the estimator gives the hours and the Neuron power.</source>
        <translation>Trainium devrait être le processeur d&apos;entraînement le plus économe en énergie d&apos;AWS : AWS annonce environ 25 % d&apos;énergie en moins pour BERT-Large (C05) et jusqu&apos;à 50 % de coût en moins (C04). La copie passe de %1 x %2 à %3 x %4 au même débit ; l&apos;estimateur donne les heures et la puissance Neuron.</translation>
    </message>
    <message>
        <source>The model must compile with the AWS Neuron SDK; check operator support. Neuron power is derived from AWS claims, not published.</source>
        <translation>Le modèle doit se compiler avec le SDK AWS Neuron ; vérifiez la prise en charge des opérateurs. La puissance Neuron est déduite des affirmations d&apos;AWS, elle n&apos;est pas publiée.</translation>
    </message>
    <message>
        <source>Train &quot;%1&quot; on AWS Trainium2 (%2 x %3)</source>
        <translation>Entraîner « %1 » sur AWS Trainium2 (%2 x %3)</translation>
    </message>
    <message>
        <source>AWS announced Trainium2 with up to twice the performance per watt of Trainium (C10). The copy moves %1 x %2 to %3 x %4 of the same throughput; the estimator gives the hours and the Neuron power. The catalog has no Trainium2 price yet, so the cost change may be unknown.</source>
        <translation>AWS a annoncé Trainium2 avec jusqu’à deux fois plus de performances par watt que Trainium (C10). La copie déplace %1 x %2 vers %3 x %4 au même débit ; l’estimateur donne les heures et la puissance Neuron. Le catalogue n’a pas encore de prix pour Trainium2, le changement de coût peut donc être inconnu.</translation>
    </message>
    <message>
        <source>Train on AWS Trainium2</source>
        <translation>Entraîner sur AWS Trainium2</translation>
    </message>
    <message>
        <source>Train on AWS Trainium</source>
        <translation>Entraîner sur AWS Trainium</translation>
    </message>
</context>
<context>
    <name>greenprint::TransferForm</name>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <source>&amp;To region:</source>
        <translation>&amp;Vers la région :</translation>
    </message>
    <message>
        <source>Where the data goes (AWS region id). Network energy and inter-region transfer prices apply.</source>
        <translation>Destination des données (identifiant de région AWS). L&apos;énergie réseau et les prix de transfert entre régions s&apos;appliquent.</translation>
    </message>
    <message>
        <source>Another region</source>
        <translation>Autre région</translation>
    </message>
    <message>
        <source>Data moved out of the stage&apos;s region. Type a unit to convert: 2 TB is 2048 GB (AWS bills in binary units: 1 GB = 2^30 bytes, 1 TB = 1024 GB, 1 PB = 1024 TB).</source>
        <translation>Données transférées hors de la région de l&apos;étape. Saisissez une unité pour convertir : 2 TB font 2048 GB (AWS facture en unités binaires : 1 GB = 2^30 octets, 1 TB = 1024 GB, 1 PB = 1024 TB).</translation>
    </message>
</context>
<context>
    <name>greenprint::TuningForm</name>
    <message>
        <source>The instance type each trial runs on.</source>
        <translation>Le type d&apos;instance sur lequel s&apos;exécute chaque essai.</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Nombre :</translation>
    </message>
    <message>
        <source> per trial</source>
        <translation> par essai</translation>
    </message>
    <message>
        <source>Instances per trial.</source>
        <translation>Instances par essai.</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Stratégie :</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <source>Bayesian</source>
        <translation>Bayésienne</translation>
    </message>
    <message>
        <source>Hyperband</source>
        <translation>Hyperband</translation>
    </message>
    <message>
        <source>The search strategy (recorded for reports; the trial count drives the estimate).</source>
        <translation>La stratégie de recherche (consignée pour les rapports ; le nombre d&apos;essais détermine l&apos;estimation).</translation>
    </message>
    <message>
        <source>&amp;Trials:</source>
        <translation>&amp;Essais :</translation>
    </message>
    <message>
        <source> trials</source>
        <translation> essais</translation>
    </message>
    <message>
        <source>Number of training jobs the tuner launches.</source>
        <translation>Nombre de tâches d&apos;entraînement que lance l&apos;optimiseur.</translation>
    </message>
    <message>
        <source>&amp;Hours per trial:</source>
        <translation>&amp;Heures par essai :</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Wall-clock hours of one trial.</source>
        <translation>Heures réelles d&apos;un essai.</translation>
    </message>
    <message>
        <source>&amp;Utilization:</source>
        <translation>&amp;Utilisation :</translation>
    </message>
    <message>
        <source>Average load of each instance during a trial.</source>
        <translation>Charge moyenne de chaque instance pendant un essai.</translation>
    </message>
</context>
<context>
    <name>greenprint::UnitFormatter</name>
    <message>
        <source>Wh</source>
        <translation>Wh</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>gCO2e</source>
        <translation>gCO2e</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>%1 USD</source>
        <translation>%1 USD</translation>
    </message>
</context>
<context>
    <name>greenprint::UserCatalogDialog</name>
    <message>
        <source>Instance id</source>
        <translation>Identifiant d&apos;instance</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Mémoire (Gio)</translation>
    </message>
    <message>
        <source>Idle (W)</source>
        <translation>Repos (W)</translation>
    </message>
    <message>
        <source>Max (W)</source>
        <translation>Max. (W)</translation>
    </message>
    <message>
        <source>Price (USD/h)</source>
        <translation>Prix (USD/h)</translation>
    </message>
    <message>
        <source>Embodied (kgCO2e)</source>
        <translation>Intrinsèques (kgCO2e)</translation>
    </message>
    <message>
        <source>Region id</source>
        <translation>Identifiant de région</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Grid (gCO2e/kWh)</source>
        <translation>Réseau (gCO2e/kWh)</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>My Instances and Regions</source>
        <translation>Mes instances et régions</translation>
    </message>
    <message>
        <source>My instances</source>
        <translation>Mes instances</translation>
    </message>
    <message>
        <source>My regions</source>
        <translation>Mes régions</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Add Instance</source>
        <translation>&amp;Ajouter une instance</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Instances</translation>
    </message>
    <message>
        <source>Add Re&amp;gion</source>
        <translation>Ajouter une ré&amp;gion</translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <translation>Ré&amp;gions</translation>
    </message>
    <message>
        <source>Edit a cell to save the row. Watts are whole-instance averages before PUE; leave price or embodied carbon empty when unknown.</source>
        <translation>Modifiez une cellule pour enregistrer la ligne. Les watts sont des moyennes pour l&apos;instance entière avant PUE ; laissez le prix ou les émissions intrinsèques vides s&apos;ils sont inconnus.</translation>
    </message>
    <message>
        <source>My region</source>
        <translation>Ma région</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>greenprint::UserRepository</name>
    <message>
        <source>No location for the user catalog is available</source>
        <translation>Aucun emplacement n&apos;est disponible pour le catalogue de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot open the user catalog: %2</source>
        <translation>%1 : impossible d&apos;ouvrir le catalogue de l&apos;utilisateur : %2</translation>
    </message>
    <message>
        <source>%1: not a user catalog: %2</source>
        <translation>%1 : pas un catalogue d&apos;utilisateur : %2</translation>
    </message>
    <message>
        <source>%1: the user catalog was written by a newer version of Greenprint (schema %2, this version reads %3)</source>
        <translation>%1 : le catalogue de l&apos;utilisateur a été écrit par une version plus récente de Greenprint (schéma %2, cette version lit le %3)</translation>
    </message>
    <message>
        <source>%1: not a user catalog (an unrelated SQLite database)</source>
        <translation>%1 : pas un catalogue d&apos;utilisateur (une base SQLite sans rapport)</translation>
    </message>
    <message>
        <source>%1: cannot create the user catalog: %2</source>
        <translation>%1 : impossible de créer le catalogue de l&apos;utilisateur : %2</translation>
    </message>
    <message>
        <source>the schema %1 is missing from this build</source>
        <translation>le schéma %1 est absent de cette version</translation>
    </message>
    <message>
        <source>An instance needs a name</source>
        <translation>Une instance doit avoir un nom</translation>
    </message>
    <message>
        <source>Instance %1: power must be zero or more watts</source>
        <translation>Instance %1 : la puissance doit être d&apos;au moins zéro watt</translation>
    </message>
    <message>
        <source>Instance %1: maximum power is below idle power</source>
        <translation>Instance %1 : la puissance maximale est inférieure à la puissance au repos</translation>
    </message>
    <message>
        <source>Instance %1: vCPUs, memory and accelerators cannot be negative</source>
        <translation>Instance %1 : les vCPU, la mémoire et les accélérateurs ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>Instance %1: TDP, embodied emissions and price cannot be negative</source>
        <translation>Instance %1 : le TDP, les émissions intrinsèques et le prix ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>Instance %1: a load point needs a utilization from 0 to 1 and zero or more watts</source>
        <translation>Instance %1 : un point de charge doit avoir une utilisation de 0 à 1 et au moins zéro watt</translation>
    </message>
    <message>
        <source>Instance %1: two load points share a utilization</source>
        <translation>Instance %1 : deux points de charge ont la même utilisation</translation>
    </message>
    <message>
        <source>A region needs an id</source>
        <translation>Une région doit avoir un identifiant</translation>
    </message>
    <message>
        <source>Region %1: grid intensity must be zero or more gCO2e/kWh</source>
        <translation>Région %1 : l&apos;intensité du réseau doit être d&apos;au moins zéro gCO2e/kWh</translation>
    </message>
    <message>
        <source>Region %1: PUE must be greater than zero</source>
        <translation>Région %1 : le PUE doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>Region %1: coordinates are out of range</source>
        <translation>Région %1 : les coordonnées sont hors limites</translation>
    </message>
    <message>
        <source>Region %1: intensities cannot be negative</source>
        <translation>Région %1 : les intensités ne peuvent pas être négatives</translation>
    </message>
    <message>
        <source>The user catalog is not open</source>
        <translation>Le catalogue de l&apos;utilisateur n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>Instance %1 cannot be saved: %2</source>
        <translation>L&apos;instance %1 ne peut pas être enregistrée : %2</translation>
    </message>
    <message>
        <source>Region %1 cannot be saved: %2</source>
        <translation>La région %1 ne peut pas être enregistrée : %2</translation>
    </message>
    <message>
        <source>There is no user instance %1</source>
        <translation>Il n&apos;y a pas d&apos;instance utilisateur %1</translation>
    </message>
    <message>
        <source>There is no user region %1</source>
        <translation>Il n&apos;y a pas de région utilisateur %1</translation>
    </message>
</context>
<context>
    <name>greenprint::WaterfallChart</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Hausse</translation>
    </message>
    <message>
        <source>Savings waterfall: the plan&apos;s carbon after each applied suggestion</source>
        <translation>Cascade des économies : les émissions du plan après chaque suggestion appliquée</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 (total after it: %4 %3)</source>
        <translation>%1 : %2 %3 (total ensuite : %4 %3)</translation>
    </message>
    <message>
        <source>%1 (not estimated)</source>
        <translation>%1 (non estimé)</translation>
    </message>
    <message>
        <source>%1: the plan after this step cannot be estimated, so no figure is shown</source>
        <translation>%1 : le plan après cette étape ne peut pas être estimé ; aucun chiffre n’est affiché</translation>
    </message>
</context>
<context>
    <name>greenprint::WhatIfView</name>
    <message>
        <source>What-if scenarios</source>
        <translation>Scénarios de simulation</translation>
    </message>
    <message>
        <source>Suggestions; tick one to apply it in the scenario</source>
        <translation>Suggestions ; cochez-en une pour l&apos;appliquer dans le scénario</translation>
    </message>
    <message>
        <source>Suggestions (savings each on its own copy of the plan)</source>
        <translation>Suggestions (chaque économie sur une copie distincte du plan)</translation>
    </message>
    <message>
        <source>Field overrides</source>
        <translation>Substitutions de champs</translation>
    </message>
    <message>
        <source>Baseline and scenario</source>
        <translation>Référence et scénario</translation>
    </message>
    <message>
        <source>Baseline: %1. No scenario yet: click New to start one.</source>
        <translation>Référence : %1. Aucun scénario pour l&apos;instant : cliquez sur Nouveau pour en créer un.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; cannot be applied; see the problems below.</source>
        <translation>Le scénario « %1 » ne peut pas être appliqué ; voir les problèmes ci-dessous.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Accuracy: some applied suggestion may lower the model&apos;s score by an amount no source states.</source>
        <translation>Précision : une suggestion appliquée peut réduire le score du modèle d&apos;une valeur qu&apos;aucune source n&apos;indique.</translation>
    </message>
    <message>
        <source>Accuracy retained: %1 % of the baseline score (published figures).</source>
        <translation>Précision conservée : %1 % du score de référence (chiffres publiés).</translation>
    </message>
    <message>
        <source>Breaks a constraint: the scenario %1.</source>
        <translation>Enfreint une contrainte : le scénario %1.</translation>
    </message>
    <message>
        <source>regions %1</source>
        <translation>régions %1</translation>
    </message>
    <message>
        <source>accuracy ≥ %1 %</source>
        <translation>précision ≥ %1 %</translation>
    </message>
    <message>
        <source>latency ≤ %1 ms</source>
        <translation>latence ≤ %1 ms</translation>
    </message>
    <message>
        <source>Constraints of the project: %1. Suggestions that would break them are not offered.</source>
        <translation>Contraintes du projet : %1. Les suggestions qui les enfreindraient ne sont pas proposées.</translation>
    </message>
    <message>
        <source>Ticking a suggestion re-estimates the whole scenario; the waterfall shows each suggestion&apos;s share in the order ticked.</source>
        <translation>Cocher une suggestion réestime tout le scénario ; la cascade montre la part de chaque suggestion dans l&apos;ordre où elles ont été cochées.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Savings waterfall (%1)</source>
        <translation>Cascade des économies (%1)</translation>
    </message>
    <message>
        <source>Scenario: %1, %2 (%3 %) against the baseline&apos;s %4</source>
        <translation>Scénario : %1, %2 (%3 %) face aux %4 de la référence</translation>
    </message>
    <message>
        <source>Scenario total against the baseline</source>
        <translation>Total du scénario par rapport à la référence</translation>
    </message>
    <message>
        <source>Scenario notes: accuracy, constraints and problems</source>
        <translation>Notes du scénario : précision, contraintes et problèmes</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimé</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; cannot be estimated, so it shows no saving; see the problems below.</source>
        <translation>Le scénario « %1 » ne peut pas être estimé et n’affiche donc aucune économie ; voir les problèmes ci-dessous.</translation>
    </message>
    <message>
        <source>Scenario: %1; the baseline cannot be estimated, so no change is shown.</source>
        <translation>Scénario : %1 ; la référence ne peut pas être estimée, aucune variation n’est donc affichée.</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
    </message>
    <message>
        <source>The plan itself cannot run as written: %1.</source>
        <translation>Le plan lui-même ne peut pas tourner tel quel : %1.</translation>
    </message>
    <message>
        <source>Not offered: %1, because %2.</source>
        <translation>Non proposée : %1. Motif : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n more suggestion(s) not offered (greenprint suggest lists them all).</source>
        <translation>
            <numerusform>%n autre suggestion non proposée (greenprint suggest les liste toutes).</numerusform>
            <numerusform>%n autres suggestions non proposées (greenprint suggest les liste toutes).</numerusform>
        </translation>
    </message>
    <message>
        <source>users near %1</source>
        <translation>utilisateurs près de %1</translation>
    </message>
    <message>
        <source>Add as a new &amp;scenario</source>
        <translation>Ajouter comme nouveau &amp;scénario</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Per stage</source>
        <translation>Par étape</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>Cascade des économies</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Front de Pareto</translation>
    </message>
    <message>
        <source>Computing the suggestions and the scenario…</source>
        <translation>Calcul des suggestions et du scénario…</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul…</translation>
    </message>
    <message>
        <source>A change is being computed; the suggestions, the comparison and the charts follow when it is done. You can keep editing.</source>
        <translation>Une modification est en cours de calcul ; les suggestions, la comparaison et les graphiques suivront une fois terminée. Vous pouvez continuer à modifier.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) of the plan itself (greenprint suggest lists them all).</source>
        <translation>
            <numerusform>%n autre problème du plan lui-même (greenprint suggest les liste tous).</numerusform>
            <numerusform>%n autres problèmes du plan lui-même (greenprint suggest les liste tous).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::WorkSizing</name>
    <message>
        <source>%1 has no published accelerator throughput at %2; state the hours instead</source>
        <translation>%1 n&apos;a aucun débit d&apos;accélérateur publié en %2 ; indiquez plutôt les heures</translation>
    </message>
    <message>
        <source>no achieved utilization is known for %1 %2; state the hours instead</source>
        <translation>aucune utilisation atteinte n&apos;est connue pour %1 %2 ; indiquez plutôt les heures</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>inférence</translation>
    </message>
    <message>
        <source>%1 (%2) hours from work: achieved fraction of peak %3 (P10 %4, P90 %5), fitted on %6 published runs (%7), checked leave-one-family-out (README)</source>
        <translation>%1 (%2) heures tirées du travail : fraction de crête atteinte %3 (P10 %4, P90 %5), ajustée sur %6 entraînements publiés (%7), vérifiée en laissant de côté une famille à la fois (README)</translation>
    </message>
    <message>
        <source>%1 %2 hours from work: achieved fraction of peak %3 (range %4-%5), an assumption (achieved_utilization.csv)</source>
        <translation>%1 %2 heures tirées du travail : fraction de crête atteinte %3 (plage %4-%5), une hypothèse (achieved_utilization.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be sized from work: its %2 has no FLOPS peak to turn work into hours (%3); state the hours instead</source>
        <translation>%1 ne peut pas être dimensionné à partir du travail : %2 n’a pas de crête en FLOPS pour convertir le travail en heures (%3) ; indiquez plutôt les heures</translation>
    </message>
    <message>
        <source>%1 cannot be sized from %2 work: its %3 has a published peak at %4 only; state the work at that precision, or the hours</source>
        <translation>%1 ne peut pas être dimensionné à partir d’un travail en %2 : %3 n’a de crête publiée qu’en %4 ; indiquez le travail dans cette précision, ou les heures</translation>
    </message>
    <message>
        <source>%1 cannot be sized from %2 work: its %3 has no FLOPS peak and its only published achieved throughput is for %4; state the hours instead</source>
        <translation>%1 ne peut pas être dimensionné à partir d’un travail de %2 : %3 n’a pas de crête en FLOPS et son seul débit atteint publié concerne %4 ; indiquez plutôt les heures</translation>
    </message>
    <message>
        <source>%1 cannot be sized from %2 work: the published achieved throughput of its %3 was measured at %4; state the hours instead</source>
        <translation>%1 ne peut pas être dimensionné à partir d’un travail en %2 : le débit atteint publié de %3 a été mesuré en %4 ; indiquez plutôt les heures</translation>
    </message>
    <message>
        <source>%1 %2 hours from work: %3 TFLOPS sustained per accelerator, derived from a published achieved throughput, not a peak (%4 samples/s of %5 tokens, %6 M parameters, on %7 accelerators of %8), so no achieved fraction of peak is applied; the P10-P90 spread (x%9-x%10) and the load on the power curve borrow the %11 %2 range of achieved_utilization.csv (assumption)</source>
        <translation>%1, %2 : heures tirées du travail : %3 TFLOPS soutenus par accélérateur, dérivés d’un débit atteint publié, pas d’une crête (%4 échantillons/s de %5 jetons, %6 M de paramètres, sur %7 accélérateurs de %8), donc aucune fraction atteinte de la crête n’est appliquée ; l’intervalle P10-P90 (x%9-x%10) et la charge sur la courbe de puissance reprennent la plage %11 %2 de achieved_utilization.csv (hypothèse)</translation>
    </message>
    <message>
        <source>%1 cannot be sized token by token: its %2 has no published memory size and bandwidth; leave outputTokensPerRequest out to size the requests by FLOPs alone</source>
        <translation>%1 ne peut pas être dimensionné jeton par jeton : son %2 n’a ni taille ni bande passante mémoire publiées ; omettez outputTokensPerRequest pour dimensionner les requêtes par les seuls FLOPs</translation>
    </message>
    <message>
        <source>serving needs %1 GB for the weights and the KV cache of a batch of %2 requests of %3 tokens, more than the %4 GB of accelerator memory of one %5; choose a larger instance, a smaller batch or a lower precision</source>
        <translation>le service demande %1 Go pour les poids et le cache KV d’un lot de %2 requêtes de %3 jetons, plus que les %4 Go de mémoire d’accélérateur d’une %5 ; choisissez une instance plus grande, un lot plus petit ou une précision plus basse</translation>
    </message>
    <message>
        <source>no fitted serving constants are known for %1; leave outputTokensPerRequest out to size the requests by FLOPs alone</source>
        <translation>aucune constante de service ajustée n’est connue pour %1 ; omettez outputTokensPerRequest pour dimensionner les requêtes par les seuls FLOPs</translation>
    </message>
    <message>
        <source>%1 inference served token by token: a replica of %2 x %3 holds %4 GB (weights at %5 plus the KV cache of %6 requests), %7 replicas per instance; prefill of %8 prompt tokens per request at %9 % of peak; decode of %10 output tokens per request in steps of %11 ms for the batch (%12), memory read at %13 % of the datasheet bandwidth and decode products at %14 % of peak (fitted on public measurements: README, Serving); whole job at %15 % of peak, load %16 % on the power curve</source>
        <translation>%1 inférence servie jeton par jeton : une réplique de %2 x %3 contient %4 Go (poids en %5 plus le cache KV de %6 requêtes), %7 répliques par instance ; préremplissage de %8 jetons d’invite par requête à %9 % du pic ; décodage de %10 jetons de sortie par requête en étapes de %11 ms pour le lot (%12), mémoire lue à %13 % de la bande passante de la fiche technique et produits de décodage à %14 % du pic (ajustés sur des mesures publiques : README, Serving) ; tâche entière à %15 % du pic, charge %16 % sur la courbe de puissance</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>limité par le calcul</translation>
    </message>
    <message>
        <source>memory-bandwidth-bound</source>
        <translation>limité par la bande passante mémoire</translation>
    </message>
    <message>
        <source>Batch size not stated: %1 request decoded at a time per model replica (assumed), what a real-time endpoint serving requests as they arrive does at low traffic, and the costliest per token; state batchSize for batched or concurrent serving</source>
        <translation>Taille de lot non indiquée : %1 requête décodée à la fois par réplique du modèle (hypothèse), ce que fait un point de terminaison temps réel servant les requêtes à leur arrivée par faible trafic, et le plus coûteux par jeton ; indiquez batchSize pour un service par lots ou concurrent</translation>
    </message>
    <message>
        <source>%1 has no serving measurements of its own: its decode reads memory at the %2 % of datasheet bandwidth fitted on NVIDIA GPUs (assumed)</source>
        <translation>%1 n’a pas de mesures de service propres : son décodage lit la mémoire aux %2 % de la bande passante de la fiche technique ajustés sur les GPU NVIDIA (hypothèse)</translation>
    </message>
    <message>
        <source>%1 cannot be sized token by token: its %2 has no FLOPS peak; leave outputTokensPerRequest out, or state the hours</source>
        <translation>%1 ne peut pas être dimensionné jeton par jeton : son %2 n’a pas de pic en FLOPS ; omettez outputTokensPerRequest ou indiquez les heures</translation>
    </message>
    <message>
        <source>%1 M of %2 M parameters trained (LoRA or adapters): %3 GFLOPs per token = 4 x %4 M active parameters (forward pass and activation gradients through every layer) + 2 x %5 M (weight gradients of the trainable weights a token passes through)%6, %7 % of full training&apos;s; the backward pass is twice the forward, half for activation and half for weight gradients (Narayanan et al. 2021, arXiv:2104.04473, appendix; Bahdanau 2022, The FLOPs Calculus of Language Model Training), and LoRA freezes the pre-trained weights (Hu et al. 2021, arXiv:2106.09685)</source>
        <translation>%1 M des %2 M paramètres entraînés (LoRA ou adaptateurs) : %3 GFLOPs par jeton = 4 x %4 M paramètres actifs (passe avant et gradients des activations à travers chaque couche) + 2 x %5 M (gradients des poids entraînables que traverse un jeton)%6, %7 % de l’entraînement complet ; la passe arrière vaut deux fois la passe avant, moitié gradients des activations, moitié gradients des poids (Narayanan et al. 2021, arXiv:2104.04473, annexe ; Bahdanau 2022, The FLOPs Calculus of Language Model Training), et LoRA fige les poids pré-entraînés (Hu et al. 2021, arXiv:2106.09685)</translation>
    </message>
    <message>
        <source> + attention</source>
        <translation> + attention</translation>
    </message>
    <message>
        <source>Training work without trainableParameters trains all its parameters: 6 FLOPs per active parameter per token, a forward pass and the gradients of activations and weights (Kaplan et al. 2020, arXiv:2001.08361)</source>
        <translation>Un travail d’entraînement sans trainableParameters entraîne tous ses paramètres : 6 FLOPs par paramètre actif et par jeton, une passe avant et les gradients des activations et des poids (Kaplan et al. 2020, arXiv:2001.08361)</translation>
    </message>
    <message>
        <source>Attention over %1-token sequences: 12 x %2 layers x %3 hidden size x %1 = %4 GFLOPs per token (Chowdhery et al. 2022, PaLM, arXiv:2204.02311, appendix B), %5 % of the training FLOPs, at the same fraction of peak, which was fitted on published runs with their attention counted the same way</source>
        <translation>Attention sur des séquences de %1 jetons : 12 x %2 couches x %3 de taille cachée x %1 = %4 GFLOPs par jeton (Chowdhery et al. 2022, PaLM, arXiv:2204.02311, annexe B), %5 % des FLOPs d’entraînement, à la même fraction du pic, ajustée sur des exécutions publiées dont l’attention est comptée de la même façon</translation>
    </message>
    <message>
        <source>Training work without sequenceLength, layers and hiddenSize: attention&apos;s sequence-length FLOPs (12 x layers x hidden size x sequence length per token, PaLM arXiv:2204.02311 appendix B) are not counted, while the fraction of peak was fitted with them counted, so the hours are low by their share (assumption; 7 % for a 7 B model of 32 layers of 4096 at 2,048 tokens, 23 % at 8,192); state them</source>
        <translation>Travail d’entraînement sans sequenceLength, layers ni hiddenSize : les FLOPs de l’attention qui dépendent de la longueur de séquence (12 x couches x taille cachée x longueur de séquence par jeton, PaLM arXiv:2204.02311 annexe B) ne sont pas comptés, alors que la fraction du pic a été ajustée en les comptant : les heures sont sous-estimées de leur part (hypothèse ; 7 % pour un modèle de 7 B à 32 couches de 4096 sur 2 048 jetons, 23 % sur 8 192) ; indiquez-les</translation>
    </message>
</context>
<context>
    <name>greenprint::WorldOutline</name>
    <message>
        <source>an array of arcs is required</source>
        <translation>un tableau d’arcs est requis</translation>
    </message>
    <message>
        <source>an arc needs at least two positions</source>
        <translation>un arc doit avoir au moins deux positions</translation>
    </message>
    <message>
        <source>a geometry object is required</source>
        <translation>un objet géométrie est requis</translation>
    </message>
    <message>
        <source>a geometry type is required</source>
        <translation>un type de géométrie est requis</translation>
    </message>
    <message>
        <source>an array of geometries is required</source>
        <translation>un tableau de géométries est requis</translation>
    </message>
    <message>
        <source>an array of arc indexes is required</source>
        <translation>un tableau d’indices d’arcs est requis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an areal geometry (Polygon, MultiPolygon or GeometryCollection)</source>
        <translation>« %1 » n’est pas une géométrie surfacique (Polygon, MultiPolygon ou GeometryCollection)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>a polygon is an array of rings</source>
        <translation>un polygone est un tableau d’anneaux</translation>
    </message>
    <message>
        <source>a ring is a non-empty array of arc indexes</source>
        <translation>un anneau est un tableau non vide d’indices d’arcs</translation>
    </message>
    <message>
        <source>an arc index must be an integer</source>
        <translation>un indice d’arc doit être un entier</translation>
    </message>
    <message>
        <source>arc %1 does not exist (there are %2)</source>
        <translation>l’arc %1 n’existe pas (il y en a %2)</translation>
    </message>
    <message>
        <source>the ring does not close (it ends %1°, %2° away from where it starts)</source>
        <translation>l’anneau ne se ferme pas (il se termine à %1°, %2° de son début)</translation>
    </message>
    <message>
        <source>two numbers are required</source>
        <translation>deux nombres sont requis</translation>
    </message>
    <message>
        <source>a position is an array of two numbers</source>
        <translation>une position est un tableau de deux nombres</translation>
    </message>
    <message>
        <source>a position must be finite</source>
        <translation>une position doit être finie</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1 : pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;Topology&quot; is required</source>
        <translation>« Topology » est requis</translation>
    </message>
    <message>
        <source>no such object</source>
        <translation>objet inexistant</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::ActualsStore</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : impossible d&apos;ouvrir : %2</translation>
    </message>
    <message>
        <source>%1: cannot prepare the imports of actual usage: %2</source>
        <translation>%1 : impossible de préparer les imports de l&apos;utilisation réelle : %2</translation>
    </message>
    <message>
        <source>the schema %1 is missing from this build</source>
        <translation>le schéma %1 est absent de cette version</translation>
    </message>
    <message>
        <source>the imports were written by a newer version of Greenprint (schema %1, this version reads %2)</source>
        <translation>les imports ont été écrits par une version plus récente de Greenprint (schéma %1, cette version lit %2)</translation>
    </message>
    <message>
        <source>the store of imports is not open</source>
        <translation>le stockage des imports n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>cannot store the import of %1: %2</source>
        <translation>impossible d&apos;enregistrer l&apos;import de %1 : %2</translation>
    </message>
    <message>
        <source>there is no import %1</source>
        <translation>il n&apos;y a pas d&apos;import %1</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::ByteSource</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : impossible d&apos;ouvrir : %2</translation>
    </message>
    <message>
        <source>%1: cannot start gzip decompression</source>
        <translation>%1 : impossible de démarrer la décompression gzip</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1 : erreur de lecture : %2</translation>
    </message>
    <message>
        <source>%1: the gzip data ends early (a truncated download?)</source>
        <translation>%1 : les données gzip s&apos;arrêtent trop tôt (un téléchargement interrompu ?)</translation>
    </message>
    <message>
        <source>%1: corrupt gzip data</source>
        <translation>%1 : données gzip corrompues</translation>
    </message>
    <message>
        <source>%1: corrupt gzip data (%2)</source>
        <translation>%1 : données gzip corrompues (%2)</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::Calibration</name>
    <message>
        <source>%1: run &quot;%2&quot; (row ending %3) averages %4 W, above the %5 W peak of one %6: the log measured something else or is wrong; nothing of it was calibrated</source>
        <translation>%1 : l&apos;exécution « %2 » (ligne se terminant à %3) a une moyenne de %4 W, au-dessus de la crête de %5 W d&apos;une %6 : le journal a mesuré autre chose ou est erroné ; rien n&apos;en a été calibré</translation>
    </message>
    <message>
        <source>the bill shows %1 where the plan has %2: change the instance type first, then calibrate</source>
        <translation>la facture montre %1 là où le plan prévoit %2 : changez d&apos;abord le type d&apos;instance, puis calibrez</translation>
    </message>
    <message>
        <source>a notebook: a bill does not tell its active hours from its idle ones, so its plan is kept</source>
        <translation>un notebook : une facture ne distingue pas ses heures actives de ses heures inactives, son plan est donc conservé</translation>
    </message>
    <message>
        <source>a serverless endpoint is billed by inference time, not by instance-hours: its plan is kept</source>
        <translation>un point de terminaison serverless est facturé au temps d&apos;inférence, pas en heures d&apos;instance : son plan est conservé</translation>
    </message>
    <message>
        <source>sized from its work and no billed hours of %1 match it: import its bill (CUR) to calibrate it</source>
        <translation>dimensionné d&apos;après son travail et aucune heure facturée de %1 ne lui correspond : importez sa facture (CUR) pour le calibrer</translation>
    </message>
    <message>
        <source>hours: %1 h instead of %2 h (%3)</source>
        <translation>heures : %1 h au lieu de %2 h (%3)</translation>
    </message>
    <message>
        <source>hours kept: an endpoint&apos;s provisioned hours are the plan&apos;s horizon, and the bill&apos;s %1 instance-hours are a sample of it</source>
        <translation>heures conservées : les heures provisionnées d&apos;un point de terminaison sont l&apos;horizon du plan, et les %1 heures d&apos;instance de la facture n&apos;en sont qu&apos;un échantillon</translation>
    </message>
    <message>
        <source>hours not billed for %1: the plan&apos;s %2 h kept</source>
        <translation>aucune heure de %1 facturée : les %2 h du plan sont conservées</translation>
    </message>
    <message>
        <source>utilization: %1 % instead of %2 % (%3)</source>
        <translation>utilisation : %1 % au lieu de %2 % (%3)</translation>
    </message>
    <message>
        <source>utilization not measured: the plan&apos;s %1 % kept</source>
        <translation>utilisation non mesurée : les %1 % du plan sont conservés</translation>
    </message>
    <message>
        <source>power: %1 W per instance instead of the power model&apos;s %2 W (%3); utilization no longer changes its energy</source>
        <translation>puissance : %1 W par instance au lieu des %2 W du modèle de puissance (%3) ; l&apos;utilisation ne change plus son énergie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>measured power not applied: only compute jobs carry a measured power; this one keeps the power model</source>
        <translation>puissance mesurée non appliquée : seules les tâches de calcul portent une puissance mesurée ; celui-ci garde le modèle de puissance</translation>
    </message>
    <message>
        <source>the power logs measure the accelerators only, not the instance: the power model is kept</source>
        <translation>les journaux de puissance ne mesurent que les accélérateurs, pas l&apos;instance : le modèle de puissance est conservé</translation>
    </message>
    <message>
        <source>nothing the plan uses was measured</source>
        <translation>rien de ce qu&apos;utilise le plan n&apos;a été mesuré</translation>
    </message>
    <message>
        <source>its work no longer sizes it: measured values replace the work model&apos;s prediction</source>
        <translation>son travail ne le dimensionne plus : les valeurs mesurées remplacent la prévision du modèle de travail</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CalibrationFormats</name>
    <message>
        <source>calibrated: %1 / %2</source>
        <translation>calibré : %1 / %2</translation>
    </message>
    <message>
        <source>not calibrated: %1 / %2</source>
        <translation>non calibré : %1 / %2</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message numerus="yes">
        <source>Calibration from actuals: %1 of %n component(s) calibrated</source>
        <translation>
            <numerusform>Calibration sur les mesures réelles : %1 sur %n composant calibré</numerusform>
            <numerusform>Calibration sur les mesures réelles : %1 sur %n composants calibrés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CarbonText</name>
    <message>
        <source>%1:1: not an AWS carbon-emissions export: no column &quot;%2&quot;</source>
        <translation>%1:1 : pas un export des émissions carbone d&apos;AWS : pas de colonne « %2 »</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; is not MTCO2e (metric tons CO2e)</source>
        <translation>l&apos;unité « %1 » n&apos;est pas MTCO2e (tonnes de CO2e)</translation>
    </message>
    <message>
        <source>not a number of zero or more: &quot;%1&quot;</source>
        <translation>pas un nombre positif ou nul : « %1 »</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CompareText</name>
    <message>
        <source>no billed hours instead of %1</source>
        <translation>aucune heure facturée au lieu de %1</translation>
    </message>
    <message>
        <source>%1 instance-hours instead of %2</source>
        <translation>%1 heures-instances au lieu de %2</translation>
    </message>
    <message>
        <source>%1 as planned</source>
        <translation>%1 comme prévu</translation>
    </message>
    <message>
        <source>%1 instead of %2</source>
        <translation>%1 au lieu de %2</translation>
    </message>
    <message>
        <source>measured %1 W per instance</source>
        <translation>mesuré %1 W par instance</translation>
    </message>
    <message>
        <source>measured %1 % instead of planned %2 %</source>
        <translation>mesuré %1 % au lieu de %2 % prévu</translation>
    </message>
    <message>
        <source>not measured: planned %1 % kept</source>
        <translation>non mesuré : %1 % prévu conservé</translation>
    </message>
    <message>
        <source>the plan&apos;s own load model (work-sized load, idle hours) against one average load, several instance types or regions, storage</source>
        <translation>le modèle de charge propre au plan (charge déduite du travail, heures d&apos;inactivité) face à une charge moyenne unique, plusieurs types d&apos;instance ou régions, stockage</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Method: AWS allocates the measured energy of its data centres to customers by their usage (model %1); Greenprint estimates each instance from its power curve at your utilization.</source>
        <translation>Méthode : AWS répartit l&apos;énergie mesurée de ses centres de données entre les clients selon leur utilisation (modèle %1) ; Greenprint estime chaque instance à partir de sa courbe de puissance à votre utilisation.</translation>
    </message>
    <message>
        <source>Unused capacity: AWS&apos;s figure carries a share of idle and overhead server capacity; Greenprint counts only the capacity you were billed for.</source>
        <translation>Capacité inutilisée : le chiffre d&apos;AWS inclut une part de la capacité de serveurs inactive et de surcharge ; Greenprint ne compte que la capacité qui vous a été facturée.</translation>
    </message>
    <message>
        <source>Scope 3: AWS&apos;s figure covers Scope 1 and 2 (Scope 3 categories only in newer model versions); Greenprint&apos;s location-based figure includes the embodied share of servers (%1 kgCO2e here, %2 kgCO2e without it).</source>
        <translation>Scope 3 : le chiffre d&apos;AWS couvre les scopes 1 et 2 (les catégories du scope 3 seulement dans les versions récentes du modèle) ; le chiffre de Greenprint fondé sur la localisation inclut la part des émissions intrinsèques des serveurs (%1 kgCO2e ici, %2 kgCO2e sans elle).</translation>
    </message>
    <message>
        <source>Market-based method: AWS&apos;s market-based figure counts the renewable electricity Amazon buys; Greenprint&apos;s counts 0 g/kWh only in Regions AWS lists as renewable-matched in %1.</source>
        <translation>Méthode fondée sur le marché : le chiffre d&apos;AWS fondé sur le marché tient compte de l&apos;électricité renouvelable achetée par Amazon ; celui de Greenprint ne compte 0 g/kWh que dans les régions qu&apos;AWS liste comme couvertes par des énergies renouvelables en %1.</translation>
    </message>
    <message>
        <source>Coverage: AWS&apos;s figure covers every service of the accounts in those months; Greenprint values the compute, storage and data transfer it recognises in the CUR (other usage counts for cost only).</source>
        <translation>Couverture : le chiffre d&apos;AWS couvre tous les services des comptes pendant ces mois ; Greenprint valorise le calcul, le stockage et le transfert de données qu&apos;il reconnaît dans le CUR (les autres usages ne comptent que pour le coût).</translation>
    </message>
    <message>
        <source>Actual energy and carbon are Greenprint estimates of the billed usage with the plan&apos;s method and settings; actual cost is the bill&apos;s unblended cost (credits, refunds, taxes and fees left out).</source>
        <translation>L&apos;énergie et les émissions réelles sont des estimations de Greenprint de l&apos;utilisation facturée, avec la méthode et les réglages du plan ; le coût réel est le coût non mutualisé de la facture (crédits, remboursements, taxes et frais exclus).</translation>
    </message>
    <message>
        <source>Components without a utilization measurement keep their planned utilization; unplanned instance hours are valued at %1 %, the planner&apos;s default for a new compute component.</source>
        <translation>Les composants sans mesure d&apos;utilisation gardent leur utilisation prévue ; les heures-instances non prévues sont valorisées à %1 %, la valeur par défaut du planificateur pour un nouveau composant de calcul.</translation>
    </message>
    <message>
        <source>SageMaker ml.* instances are valued as the EC2 instance type they run on.</source>
        <translation>Les instances SageMaker ml.* sont valorisées comme le type d&apos;instance EC2 sur lequel elles s&apos;exécutent.</translation>
    </message>
    <message>
        <source>measurement &quot;%1&quot; names no component or instance type of the plan; tie it to a component with COMPONENT=FILE</source>
        <translation>la mesure « %1 » ne désigne aucun composant ni type d&apos;instance du plan ; rattachez-la à un composant avec COMPOSANT=FICHIER</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CsvStream</name>
    <message>
        <source>%1:1:1: the file is empty (a header line is expected)</source>
        <translation>%1:1:1 : le fichier est vide (une ligne d&apos;en-tête est attendue)</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 champs attendus comme dans l&apos;en-tête, %2 trouvés</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un champ entre guillemets n&apos;est pas fermé avant la fin du fichier</translation>
    </message>
    <message>
        <source>a closing quote must be followed by a comma or a line break</source>
        <translation>un guillemet fermant doit être suivi d&apos;une virgule ou d&apos;un saut de ligne</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with a quote</source>
        <translation>un guillemet dans un champ qui ne commence pas par un guillemet</translation>
    </message>
    <message>
        <source> (column &quot;%1&quot;)</source>
        <translation> (colonne « %1 »)</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CurText</name>
    <message>
        <source>%1:1: not a Cost and Usage Report: no column &quot;%2&quot; (legacy CUR) or &quot;%3&quot; (CUR 2.0)</source>
        <translation>%1:1 : pas un Cost and Usage Report : pas de colonne « %2 » (CUR classique) ni « %3 » (CUR 2.0)</translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation>pas un nombre : « %1 »</translation>
    </message>
    <message>
        <source>not a count of line items: &quot;%1&quot;</source>
        <translation>pas un nombre de lignes : « %1 »</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::FormatText</name>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>instance</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>utilisation</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>usage</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Plan against actual: %1</source>
        <translation>Plan et réel : %1</translation>
    </message>
    <message>
        <source>Billed usage from %1 to %2</source>
        <translation>Utilisation facturée du %1 au %2</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <source>variance</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>Unplanned usage</source>
        <translation>Utilisation non prévue</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
    <message>
        <source>Instance-hours</source>
        <translation>Heures-instances</translation>
    </message>
    <message>
        <source>* part of the usage could not be estimated (see the JSON output)</source>
        <translation>* une partie de l&apos;utilisation n&apos;a pas pu être estimée (voir la sortie JSON)</translation>
    </message>
    <message>
        <source>AWS carbon export, %1 to %2, %3: %4 kgCO2e location-based (AWS) against %5 kgCO2e (Greenprint, same months and regions)</source>
        <translation>Export des émissions carbone d&apos;AWS, %1 à %2, %3 : %4 kgCO2e fondés sur la localisation (AWS) contre %5 kgCO2e (Greenprint, mêmes mois et régions)</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::ImportText</name>
    <message>
        <source>not a time: &quot;%1&quot;</source>
        <translation>pas une heure : « %1 »</translation>
    </message>
    <message>
        <source>not a date: &quot;%1&quot;</source>
        <translation>pas une date : « %1 »</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::MatchText</name>
    <message>
        <source>the tag greenprint:component=&quot;%1&quot; names no single component of the plan</source>
        <translation>l&apos;étiquette greenprint:component=« %1 » ne désigne aucun composant unique du plan</translation>
    </message>
    <message>
        <source>no component of the plan runs %1</source>
        <translation>aucun composant du plan ne s&apos;exécute sur %1</translation>
    </message>
    <message>
        <source>no storage component of the plan has this storage class</source>
        <translation>aucun composant de stockage du plan n&apos;a cette classe de stockage</translation>
    </message>
    <message>
        <source>no transfer component of the plan leaves %1</source>
        <translation>aucun composant de transfert du plan ne quitte %1</translation>
    </message>
    <message>
        <source>usage of this kind is not part of a Greenprint plan</source>
        <translation>une utilisation de ce type ne fait pas partie d&apos;un plan Greenprint</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::MeasurementText</name>
    <message>
        <source>%1:1: not %2: no column &quot;%3&quot;</source>
        <translation>%1:1 : pas %2 : pas de colonne « %3 »</translation>
    </message>
    <message>
        <source>a CodeCarbon emissions.csv</source>
        <translation>un fichier emissions.csv de CodeCarbon</translation>
    </message>
    <message>
        <source>not a number of zero or more: &quot;%1&quot;</source>
        <translation>pas un nombre positif ou nul : « %1 »</translation>
    </message>
    <message>
        <source>%1:1: not an nvidia-smi CSV log: it needs &quot;timestamp&quot; and &quot;power.draw&quot; or &quot;utilization.gpu&quot; (nvidia-smi --query-gpu=timestamp,index,power.draw,utilization.gpu --format=csv)</source>
        <translation>%1:1 : pas un journal CSV de nvidia-smi : il faut « timestamp » et « power.draw » ou « utilization.gpu » (nvidia-smi --query-gpu=timestamp,index,power.draw,utilization.gpu --format=csv)</translation>
    </message>
    <message>
        <source>not a valid reading: &quot;%1&quot;</source>
        <translation>pas une mesure valide : « %1 »</translation>
    </message>
    <message>
        <source>a CloudWatch metric export</source>
        <translation>un export de métriques CloudWatch</translation>
    </message>
    <message>
        <source>%1:1: a CloudWatch metric export needs an &quot;InstanceId&quot; or &quot;EndpointName&quot; column</source>
        <translation>%1:1 : un export de métriques CloudWatch doit avoir une colonne « InstanceId » ou « EndpointName »</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot; is not CPUUtilization or GPUUtilization</source>
        <translation>la métrique « %1 » n&apos;est ni CPUUtilization ni GPUUtilization</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; is not Percent</source>
        <translation>l&apos;unité « %1 » n&apos;est pas Percent</translation>
    </message>
    <message>
        <source>not a percentage from 0 to 100: &quot;%1&quot; (SageMaker endpoint metrics add up every core or GPU: divide by their number first)</source>
        <translation>pas un pourcentage de 0 à 100 : « %1 » (les métriques des points de terminaison SageMaker additionnent tous les cœurs ou GPU : divisez d&apos;abord par leur nombre)</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::NeuronText</name>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON : %1</translation>
    </message>
    <message>
        <source>a neuron-monitor report is a JSON object</source>
        <translation>un rapport neuron-monitor est un objet JSON</translation>
    </message>
    <message>
        <source>neuron_runtime_data: core %1: neuroncore_utilization must be a percentage from 0 to 100</source>
        <translation>neuron_runtime_data : cœur %1 : neuroncore_utilization doit être un pourcentage de 0 à 100</translation>
    </message>
    <message>
        <source>%1: no neuron-monitor report in the file</source>
        <translation>%1 : aucun rapport neuron-monitor dans le fichier</translation>
    </message>
</context>
<context>
    <name>greenprint::cli</name>
    <message>
        <source>warning: </source>
        <translation>avertissement : </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur : </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>remarque : </translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez « %1 --help ».</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; expects %n argument(s)</source>
        <translation>
            <numerusform>« %1 » attend %n argument</numerusform>
            <numerusform>« %1 » attend %n arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default: table).</source>
        <translation>Format de sortie : table, json ou csv (par défaut : table).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The .greenprint project file.</source>
        <translation>Le fichier de projet .greenprint.</translation>
    </message>
    <message>
        <source>Estimate the project&apos;s scenario &lt;name&gt; instead of the plan.</source>
        <translation>Estimer le scénario &lt;name&gt; du projet au lieu du plan.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use table, json or csv</source>
        <translation>format inconnu « %1 » ; utilisez table, json ou csv</translation>
    </message>
    <message>
        <source>Rank the practices of the AWS sustainability guidance by the kgCO2e they would save on this plan, each estimated on its own copy of the plan.</source>
        <translation>Classer les pratiques des recommandations de durabilité d&apos;AWS selon les kgCO2e qu&apos;elles économiseraient sur ce plan, chacune estimée sur sa propre copie du plan.</translation>
    </message>
    <message>
        <source>Output format: table or json (default: table).</source>
        <translation>Format de sortie : table ou json (par défaut : table).</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use table or json</source>
        <translation>format inconnu « %1 » ; utilisez table ou json</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n component(s))</source>
        <translation>
            <numerusform>%1 : valide (%n composant)</numerusform>
            <numerusform>%1 : valide (%n composants)</numerusform>
        </translation>
    </message>
    <message>
        <source>List the reference data.</source>
        <translation>Lister les données de référence.</translation>
    </message>
    <message>
        <source>regions or instances.</source>
        <translation>regions ou instances.</translation>
    </message>
    <message>
        <source>unknown data table &apos;%1&apos;; use regions or instances</source>
        <translation>table de données inconnue « %1 » ; utilisez regions ou instances</translation>
    </message>
    <message>
        <source>Write the plan of a project to files.</source>
        <translation>Écrire le plan d&apos;un projet dans des fichiers.</translation>
    </message>
    <message>
        <source>Write the PDF plan to &lt;out.pdf&gt; (A4 or Letter, from the locale).</source>
        <translation>Écrire le plan PDF dans &lt;out.pdf&gt; (A4 ou Letter, selon les paramètres régionaux).</translation>
    </message>
    <message>
        <source>out.pdf</source>
        <translation>out.pdf</translation>
    </message>
    <message>
        <source>Write the CSV plan to &lt;out.csv&gt; (one row per component per scenario, baseline included).</source>
        <translation>Écrire le plan CSV dans &lt;out.csv&gt; (une ligne par composant et par scénario, plan de référence compris).</translation>
    </message>
    <message>
        <source>out.csv</source>
        <translation>out.csv</translation>
    </message>
    <message>
        <source>Describe the project with what-if scenario &lt;name&gt; applied (the CSV then lists the baseline and that scenario).</source>
        <translation>Décrire le projet avec le scénario de simulation &lt;name&gt; appliqué (le CSV liste alors le plan de référence et ce scénario).</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs an output, e.g. --pdf plan.pdf or --csv plan.csv</source>
        <translation>« export » a besoin d&apos;une sortie, p. ex. --pdf plan.pdf ou --csv plan.csv</translation>
    </message>
    <message>
        <source>--pdf needs the graphical part of Qt; run it through main()</source>
        <translation>--pdf a besoin de la partie graphique de Qt ; lancez-le via main()</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>erreur : %1 : %2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 écrit (%n page)</numerusform>
            <numerusform>%1 écrit (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>Usage: %1 [command] [options]

Greenprint plans the energy (kWh), carbon (kgCO2e) and cost (USD) of a deep-learning workload on AWS before you run it.

</source>
        <translation>Utilisation : %1 [commande] [options]

Greenprint planifie l&apos;énergie (kWh), les émissions (kgCO2e) et le coût (USD) d&apos;une charge de travail d&apos;apprentissage profond sur AWS avant que vous ne l&apos;exécutiez.

</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help.
  -v, --version  Show the version.

Run &apos;%1 COMMAND --help&apos; for the options of a command.
Exit status: 0 success, 1 invalid input, 2 usage error.
</source>
        <translation>
Options :
  -h, --help     Afficher cette aide.
  -v, --version  Afficher la version.

Lancez « %1 COMMANDE --help » pour les options d&apos;une commande.
Code de sortie : 0 succès, 1 entrée non valide, 2 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>Rewrite a project in the current file format (format %1), recording the reference data and totals it is estimated with.</source>
        <translation>Réécrire un projet au format de fichier actuel (format %1), en consignant les données de référence et les totaux avec lesquels il est estimé.</translation>
    </message>
    <message>
        <source>Write the upgraded project to &lt;out&gt;.</source>
        <translation>Écrire le projet mis à niveau dans &lt;out&gt;.</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>&apos;upgrade&apos; needs an output file: -o OUT.greenprint</source>
        <translation>« upgrade » a besoin d&apos;un fichier de sortie : -o SORTIE.greenprint</translation>
    </message>
    <message>
        <source>wrote %1 (format %2)</source>
        <translation>%1 écrit (format %2)</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; expects at least %n argument(s)</source>
        <translation>
            <numerusform>« %1 » attend au moins %n argument</numerusform>
            <numerusform>« %1 » attend au moins %n arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimate the energy, carbon and cost of one or more projects (several files: JSON gives an array, the table one section per file).</source>
        <translation>Estimer l’énergie, les émissions et le coût d’un ou plusieurs projets (plusieurs fichiers : le JSON donne un tableau, la table une section par fichier).</translation>
    </message>
    <message>
        <source>The .greenprint project file(s).</source>
        <translation>Le ou les fichiers de projet .greenprint.</translation>
    </message>
    <message>
        <source>--format csv takes one file; use json or table for several</source>
        <translation>--format csv prend un seul fichier ; utilisez json ou table pour plusieurs</translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
    <message>
        <source>== %1, scenario &quot;%2&quot; ==</source>
        <translation>== %1, scénario « %2 » ==</translation>
    </message>
    <message>
        <source>Check project files and report every problem.</source>
        <translation>Vérifier des fichiers de projet et signaler chaque problème.</translation>
    </message>
    <message>
        <source>Write the PDF plan in language &lt;code&gt; (%1; default: the language chosen in the planner&apos;s Preferences, else the system&apos;s). The CSV plan is always English.</source>
        <translation>Écrire le plan PDF dans la langue &lt;code&gt; (%1 ; par défaut : la langue choisie dans les préférences du planificateur, sinon celle du système). Le plan CSV est toujours en anglais.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; use one of %2</source>
        <translation>langue inconnue « %1 » ; utilisez l’une de %2</translation>
    </message>
    <message>
        <source>AWS Cost and Usage Report &lt;file&gt; (legacy CUR or CUR 2.0, CSV or CSV.gz); repeat for several.</source>
        <translation>Cost and Usage Report d&apos;AWS &lt;file&gt; (CUR classique ou CUR 2.0, CSV ou CSV.gz) ; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>AWS carbon-emissions export &lt;file&gt; (Customer Carbon Footprint Tool data, CSV): AWS&apos;s own figure beside Greenprint&apos;s.</source>
        <translation>Export des émissions carbone d&apos;AWS &lt;file&gt; (données du Customer Carbon Footprint Tool, CSV) : le chiffre d&apos;AWS à côté de celui de Greenprint.</translation>
    </message>
    <message>
        <source>CodeCarbon emissions.csv &lt;file&gt;; project_name names the component, or write COMPONENT=FILE.</source>
        <translation>emissions.csv de CodeCarbon &lt;file&gt; ; project_name désigne le composant, ou écrivez COMPOSANT=FICHIER.</translation>
    </message>
    <message>
        <source>nvidia-smi CSV log &lt;file&gt; (--query-gpu=timestamp,index,power.draw,utilization.gpu --format=csv), as COMPONENT=FILE.</source>
        <translation>journal CSV de nvidia-smi &lt;file&gt; (--query-gpu=timestamp,index,power.draw,utilization.gpu --format=csv), sous la forme COMPOSANT=FICHIER.</translation>
    </message>
    <message>
        <source>neuron-monitor JSON output &lt;file&gt; (one report per line); matched by its instance type, or COMPONENT=FILE.</source>
        <translation>sortie JSON de neuron-monitor &lt;file&gt; (un rapport par ligne) ; rattachée par son type d&apos;instance, ou COMPOSANT=FICHIER.</translation>
    </message>
    <message>
        <source>CloudWatch metric CSV &lt;file&gt; (Timestamp, InstanceId or EndpointName, MetricName, Average); matched by InstanceType, or COMPONENT=FILE.</source>
        <translation>CSV de métriques CloudWatch &lt;file&gt; (Timestamp, InstanceId ou EndpointName, MetricName, Average) ; rattaché par InstanceType, ou COMPOSANT=FICHIER.</translation>
    </message>
    <message>
        <source>Import what really ran (bills, AWS&apos;s carbon export, power and utilization logs), keep it in your Greenprint database and compare it with the plan: per stage and component, planned against actual hours, energy, kgCO2e and cost, and what drove the difference.</source>
        <translation>Importer ce qui a réellement tourné (factures, export carbone d&apos;AWS, journaux de puissance et d&apos;utilisation), le conserver dans votre base Greenprint et le comparer au plan : par étape et par composant, heures, énergie, kgCO2e et coût prévus et réels, et ce qui explique l&apos;écart.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Count billed usage from day &lt;date&gt; (YYYY-MM-DD) on.</source>
        <translation>Compter l&apos;utilisation facturée à partir du jour &lt;date&gt; (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Count billed usage up to day &lt;date&gt; (YYYY-MM-DD).</source>
        <translation>Compter l&apos;utilisation facturée jusqu&apos;au jour &lt;date&gt; (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Store the imports in the SQLite database &lt;file&gt; (default: your Greenprint database).</source>
        <translation>Enregistrer les imports dans la base SQLite &lt;file&gt; (par défaut : votre base Greenprint).</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 attend une date AAAA-MM-JJ, pas « %2 »</translation>
    </message>
    <message>
        <source>&apos;actual&apos; needs at least one file of what ran, e.g. --cur cur.csv.gz</source>
        <translation>&apos;actual&apos; attend au moins un fichier de ce qui a tourné, par ex. --cur cur.csv.gz</translation>
    </message>
    <message>
        <source>warning: the imports are not stored: %1</source>
        <translation>avertissement : les imports ne sont pas enregistrés : %1</translation>
    </message>
    <message>
        <source>Also write the PDF plan of the project with its plan-against-actual part to &lt;out.pdf&gt;.</source>
        <translation>Écrire aussi le plan PDF du projet avec sa partie plan et réel dans &lt;out.pdf&gt;.</translation>
    </message>
    <message>
        <source>Also write the CSV plan of the project with the plan-against-actual section to &lt;out.csv&gt;.</source>
        <translation>Écrire aussi le plan CSV du projet avec la section plan et réel dans &lt;out.csv&gt;.</translation>
    </message>
    <message>
        <source>Print the Amazon Athena SQL that sums a Cost and Usage Report where it lives (per day, account, region, usage type, instance type and greenprint:component tag). Run it in Athena, download the result as CSV and import it with &apos;actual --cur&apos;.</source>
        <translation>Afficher le SQL Amazon Athena qui additionne un Cost and Usage Report là où il se trouve (par jour, compte, région, type d&apos;utilisation, type d&apos;instance et étiquette greenprint:component). Exécutez-le dans Athena, téléchargez le résultat en CSV et importez-le avec &apos;actual --cur&apos;.</translation>
    </message>
    <message>
        <source>The CUR table of AWS&apos;s CUR-Athena integration, e.g. cur_db.my_cur (default: cur).</source>
        <translation>La table CUR de l&apos;intégration CUR-Athena d&apos;AWS, par ex. cur_db.my_cur (par défaut : cur).</translation>
    </message>
    <message>
        <source>First day to sum (YYYY-MM-DD).</source>
        <translation>Premier jour à additionner (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Last day to sum (YYYY-MM-DD).</source>
        <translation>Dernier jour à additionner (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>instances: only these families, EC2 and ml. names (comma-separated, e.g. g5,p4d).</source>
        <translation>instances : seulement ces familles, noms EC2 et ml. (séparées par des virgules, p. ex. g5,p4d).</translation>
    </message>
    <message>
        <source>families</source>
        <translation>familles</translation>
    </message>
    <message>
        <source>--family applies to &apos;data instances&apos; only</source>
        <translation>--family ne s’applique qu’à « data instances »</translation>
    </message>
    <message>
        <source>unknown instance family &apos;%1&apos;</source>
        <translation>famille d’instances inconnue « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would overwrite its input %2 with its output; choose another output file</source>
        <translation>&apos;%1&apos; écraserait son entrée %2 avec sa sortie ; choisissez un autre fichier de sortie</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would write two outputs to %2; choose two file names</source>
        <translation>&apos;%1&apos; écrirait deux sorties dans %2 ; choisissez deux noms de fichier</translation>
    </message>
    <message>
        <source>error: %1: a scenario cannot be applied; nothing was written (fix or remove the scenario)</source>
        <translation>erreur : %1 : un scénario ne peut pas être appliqué ; rien n’a été écrit (corrigez ou supprimez le scénario)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error: %1: scenario &quot;%2&quot;: %3</source>
        <translation>erreur : %1 : scénario « %2 » : %3</translation>
    </message>
    <message>
        <source>error: %1: %2; the plan shows it as such, never as a saving</source>
        <translation>erreur : %1 : %2 ; le plan l’indique tel quel, jamais comme une économie</translation>
    </message>
    <message>
        <source>
Methodologies (project setting &quot;methodology&quot;):
  greenprint        Greenprint&apos;s own power, load-curve and embodied model
  ccf               Cloud Carbon Footprint, reproducing %1
  green-algorithms  Green Algorithms, reproducing %2
</source>
        <translation>
Méthodes (réglage de projet &quot;methodology&quot;) :
  greenprint        modèle propre à Greenprint (puissance, courbe de charge, émissions intrinsèques)
  ccf               Cloud Carbon Footprint, reproduisant %1
  green-algorithms  Green Algorithms, reproduisant %2
</translation>
    </message>
    <message>
        <source>JSON: every figure of every component (its region, PUE, grid intensity, IT energy, range, average power and work sizing) instead of the ids and figures.</source>
        <translation>JSON : tous les chiffres de chaque composant (région, PUE, intensité du réseau, énergie IT, plage, puissance moyenne et dimensionnement par le travail) au lieu des seuls identifiants et chiffres.</translation>
    </message>
    <message>
        <source>--detail applies to --format json only</source>
        <translation>--detail ne s&apos;applique qu&apos;à --format json</translation>
    </message>
    <message>
        <source>Write the project calibrated from the imports to &lt;out.greenprint&gt;: measured hours, utilization and power replace the plan&apos;s assumptions, each recorded with the file and period it came from. The project file itself is never changed. Prints what was calibrated (table or json) instead of the comparison.</source>
        <translation>Écrire dans &lt;out.greenprint&gt; le projet calibré sur les imports : les heures, l&apos;utilisation et la puissance mesurées remplacent les hypothèses du plan, chacune avec le fichier et la période d&apos;origine. Le fichier du projet n&apos;est jamais modifié. Affiche ce qui a été calibré (table ou json) au lieu de la comparaison.</translation>
    </message>
    <message>
        <source>out.greenprint</source>
        <translation>out.greenprint</translation>
    </message>
    <message>
        <source>With --calibrate: calibrate only &lt;component&gt; (its name, or stage/name as for the greenprint:component tag); repeat for several.</source>
        <translation>Avec --calibrate : ne calibrer que &lt;component&gt; (son nom, ou étape/nom comme pour l&apos;étiquette greenprint:component) ; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>component</source>
        <translation>component</translation>
    </message>
    <message>
        <source>--calibrate-only needs --calibrate OUT.greenprint</source>
        <translation>--calibrate-only nécessite --calibrate OUT.greenprint</translation>
    </message>
    <message>
        <source>--calibrate prints what it calibrated as a table or json, not csv</source>
        <translation>--calibrate affiche ce qu&apos;il a calibré en table ou json, pas en csv</translation>
    </message>
    <message>
        <source>--calibrate-only: the plan has no component &quot;%1&quot; (or several of that name: write stage/name)</source>
        <translation>--calibrate-only : le plan n&apos;a pas de composant « %1 » (ou plusieurs de ce nom : écrivez étape/nom)</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n component(s) calibrated)</source>
        <translation>
            <numerusform>%1 écrit (%n composant calibré)</numerusform>
            <numerusform>%1 écrit (%n composants calibrés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands:
  estimate FILE... [--format table|json|csv] [--scenario NAME]
                                            Estimate energy, carbon and cost of projects
  suggest FILE [--format table|json]        Rank the practices that would save carbon
  pareto FILE [--stage plan|STAGE] [--format table|json]
                                            Cost / carbon / time front of the plan
  validate FILE...                          Check project files and report every problem
  data regions|instances [--format ...]     List the reference regions or instances
  export FILE [--pdf OUT.pdf] [--csv OUT.csv] [--scenario NAME]
                                            Write the PDF and/or CSV plan of a project
  upgrade FILE -o OUT                       Rewrite a project in the current file format
  actual FILE [--cur F]... [--ccft F] [--codecarbon F] [--nvidia-smi F]
         [--neuron-monitor F] [--cloudwatch F] [--format table|json|csv]
                                            Compare the plan with what ran
  athena-sql [--table T] [--from D] [--to D] Print the Athena SQL that sums a CUR
  FILE                                      Open the project in the planner window
</source>
        <translation>Commandes :
  estimate FICHIER... [--format table|json|csv] [--scenario NOM]
                                            Estimer l&apos;énergie, les émissions et le coût de projets
  suggest FICHIER [--format table|json]     Classer les pratiques selon les émissions évitées
  pareto FICHIER [--stage plan|ÉTAPE] [--format table|json]
                                            Front coût / émissions / temps du plan
  validate FICHIER...                       Vérifier des fichiers de projet et signaler chaque problème
  data regions|instances [--format ...]     Lister les régions ou les instances de référence
  export FICHIER [--pdf SORTIE.pdf] [--csv SORTIE.csv] [--scenario NOM]
                                            Écrire le plan PDF et/ou CSV d&apos;un projet
  upgrade FICHIER -o SORTIE                 Réécrire un projet au format de fichier actuel
  actual FICHIER [--cur F]... [--ccft F] [--codecarbon F] [--nvidia-smi F]
         [--neuron-monitor F] [--cloudwatch F] [--format table|json|csv]
                                            Comparer le plan à ce qui a tourné
  athena-sql [--table T] [--from D] [--to D] Afficher le SQL Athena qui additionne un CUR
  FICHIER                                   Ouvrir le projet dans la fenêtre de planification
</translation>
    </message>
    <message>
        <source>Print the ways to run the whole plan (one region for every stage, the advisor&apos;s hardware moves per stage) or one stage (region x instance) that no other way beats on kgCO2e, cost and hours at once.</source>
        <translation>Afficher les façons d’exécuter le plan entier (une région pour chaque étape, les changements de matériel du conseiller par étape) ou une étape (région x instance) qu’aucune autre ne bat à la fois en kgCO2e, en coût et en heures.</translation>
    </message>
    <message>
        <source>plan (default) or a stage: data-processing, model-building, training, inference.</source>
        <translation>plan (par défaut) ou une étape : data-processing, model-building, training, inference.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;; use plan, %2</source>
        <translation>étape inconnue « %1 » ; utilisez plan, %2</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Plan entier</translation>
    </message>
    <message>
        <source>now</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Façon</translation>
    </message>
    <message>
        <source>Not offered, though no offered way beats them (%1):
</source>
        <translation>Non proposées, bien qu’aucune façon proposée ne les batte (%1) :
</translation>
    </message>
    <message>
        <source>To check before you plan on it:
</source>
        <translation>À vérifier avant de compter dessus :
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n way(s) on the front (kgCO2e, USD, hours) among %2 evaluated.

</source>
        <translation>
            <numerusform>%1 : %n façon sur le front (kgCO2e, USD, heures) parmi %2 évaluées.

</numerusform>
            <numerusform>%1 : %n façons sur le front (kgCO2e, USD, heures) parmi %2 évaluées.

</numerusform>
        </translation>
    </message>
</context>
</TS>
