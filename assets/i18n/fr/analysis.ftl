# panneau d'analyse

analysis-heading = Analyse
analysis-working = Calcul des chemins et des lacunes…
analysis-updating = Mise à jour selon vos modifications…
analysis-targets = Cibles
analysis-targets-subtitle = Qui peut atteindre chaque cible, et par qui
analysis-gaps = Lacunes
analysis-gaps-subtitle = Là où les coalitions sont fragiles
analysis-change = Évolution dans le temps
analysis-change-subtitle = Qui a bougé sur le spectre, et les victoires d'étape
analysis-central = Acteurs centraux
analysis-central-subtitle = Qui fait tenir le réseau
analysis-people = Trouver des personnes pour une tâche
analysis-people-subtitle = Classées par expertise, position et rôle
analysis-all-coalitions = Toutes les coalitions
analysis-routes-from = Chemins depuis
analysis-no-coalition = Les chemins partent des membres d'une coalition : créez d'abord une coalition.
analysis-size-by-brokerage = Taille selon le rôle d'intermédiaire (intermédiarité)
analysis-estimated = Estimé à partir de { $count } parties prenantes : la carte est grande.
analysis-rank-by = Classer par
analysis-expertise = Expertise
analysis-expertise-wanted = Expertise recherchée
analysis-expertise-hint = juridique, médias
analysis-allies-only = Alliés seulement
analysis-type-expertise = Tapez l'expertise dont la tâche a besoin, puis Entrée.
analysis-nobody = Personne sur la carte n'a cette expertise et ne pourrait prendre la tâche.
analysis-candidate-member = membre
analysis-passed = ✔ OK
analysis-finding = ✖ Constat
analysis-select-all = Tout sélectionner

centrality-in = Relations entrantes
centrality-out = Relations sortantes
centrality-betweenness = Intermédiarité
centrality-closeness = Proximité
centrality-eigenvector = Vecteur propre
centrality-in-value = { $count } entrantes
centrality-out-value = { $count } sortantes
centrality-in-description = Relations qui arrivent
centrality-out-description = Relations qui partent
centrality-betweenness-description = Intermédiarité : à quel point elles se trouvent entre deux autres
centrality-closeness-description = Proximité : à quel point elles sont proches de tous ceux qu'elles peuvent atteindre
centrality-eigenvector-description = Vecteur propre : à quel point leurs contacts sont bien reliés
centrality-all = Entrantes { $in } · sortantes { $out } · intermédiarité { $betweenness } · proximité { $closeness } · vecteur propre { $eigenvector }

gaps-unreachable-targets = Cibles qu'aucun membre ne peut atteindre :
gaps-only-through = { $target } n'est atteinte que par
gaps-strong-opponents = Opposants actifs puissants et intéressés :
gaps-missing-contributions = { $name } : aucun membre n'apporte { $contributions }
gaps-no-leadership-core = { $name } n'a pas de cœur de coalition
gaps-low-commitment = { $name } : l'engagement des membres est faible ({ $average } sur 5)
gaps-none = Aucune lacune trouvée.

health-subtitle = Les quatre C : conditions, engagement, contributions, compétences
health-header = { $count ->
        [one] { $name } ({ $count } constat)
       *[other] { $name } ({ $count } constats)
    }
health-conditions = Conditions
health-commitment = Engagement
health-contributions = Contributions
health-competence = Compétences

routes-no-target = Aucune partie prenante n'est encore une cible.
routes-target-is-member = La cible est elle-même membre.
routes-none = Aucun membre ne l'atteint par des relations qui portent de l'influence.
routes-show-on-map = Montrer sur la carte :
routes-all = Tous les chemins
routes-route = Chemin { $number }
routes-uncertain-step = › incertaine ›
routes-uncertain-step-hover = La relation de { $from } à { $to } est marquée incertaine
routes-uncertain-note = Un chemin marqué incertain passe par une relation non confirmée.
routes-brokers = Intermédiaires :
routes-single-point = Point de défaillance unique :
routes-unreached-heading = Cœur de coalition sans chemin jusqu'ici :
routes-target-member-itself = elle-même membre
routes-members-reaching = { $count ->
        [0] aucun membre ne l'atteint
        [one] { $count } membre l'atteint
       *[other] { $count } membres l'atteignent
    }
routes-count = { $count ->
        [one] { $count } chemin
       *[other] { $count } chemins
    }

why-reaches = atteint { $target }
why-no-relation = n'a encore aucune relation : tracez qui elle influence ou à qui elle a accès
why-no-channel = aucune de ses relations ne porte d'influence à partir d'elle (collaborer et s'opposer n'en portent pas)
why-and-more = { $names } et { $more } de plus
why-dead-end = son influence atteint { $who }, mais aucun d'eux ne mène à { $target }
why-through-member = n'y arrive que par { $member }, un autre membre, dont le propre chemin compte à sa place

change-nothing-recorded = Rien n'est encore enregistré. Enregistrez des valeurs datées dans l'inspecteur, ou posez un jalon, pour mesurer l'évolution.
change-since = Depuis
change-to-map-shown = jusqu'à la carte affichée
change-relations = Nouvelles relations : { $new } · Relations perdues : { $lost } · Renforcées : { $strengthened } · Affaiblies : { $weakened }
change-toward-ally = ▲ { $count ->
        [one] { $count } s'est rapprochée des alliés
       *[other] { $count } se sont rapprochées des alliés
    } : { $steps ->
        [one] { $steps } cran
       *[other] { $steps } crans
    }, { $weighted } pondérés par le pouvoir
change-away = ▼ { $count ->
        [one] { $count } s'est éloignée
       *[other] { $count } se sont éloignées
    } : { $steps ->
        [one] { $steps } cran
       *[other] { $steps } crans
    }, { $weighted } pondérés par le pouvoir
change-victories = ★ Cibles qui ont bougé (victoires d'étape)
change-moved-away = Éloignées des alliés
