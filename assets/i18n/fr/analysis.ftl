# panneau d'analyse

analysis-heading = Analyse
analysis-working = Calcul des chemins et des lacunes…
analysis-progress = Chemins trouvés vers { $done } cibles sur { $total }
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
analysis-no-coalition = Les chemins partent des membres d'une coalition : créez d'abord une coalition.
analysis-size-by-brokerage = Taille selon le rôle d'intermédiaire (intermédiarité)
analysis-estimated = Estimé à partir de { $count } parties prenantes : la carte est grande.
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
centrality-betweenness-description = Intermédiarité : à quel point elles se trouvent entre deux autres
centrality-closeness-description = Proximité : à quel point elles sont proches de tous ceux qu'elles peuvent atteindre
centrality-eigenvector-description = Vecteur propre : à quel point leurs contacts sont bien reliés
centrality-all = Entrantes { $in } · sortantes { $out } · intermédiarité { $betweenness } · proximité { $closeness } · vecteur propre { $eigenvector }

gaps-unreachable-targets = Cibles qu'aucun membre ne peut atteindre :
gaps-only-through = { $target } n'est atteinte que par
gaps-strong-opponents = Opposants actifs puissants et intéressés :
gaps-missing-contributions = { $name } : aucun membre n'apporte { $contributions }
gaps-no-leadership-core = { $name } n'a pas de cœur de coalition
gaps-low-commitment = { $name } : l'engagement des membres est faible ({ $average } sur 5)
gaps-none = Aucune lacune trouvée.

health-subtitle = Les quatre C : conditions, engagement, contributions, compétences
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
routes-show-on-map = Montrer sur la carte :
routes-all = Tous les chemins
routes-route = Chemin { $number }
routes-uncertain-step = › incertaine ›
routes-uncertain-step-hover = La relation de { $from } à { $to } est marquée incertaine
routes-uncertain-note = Un chemin marqué incertain passe par une relation non confirmée.
routes-brokers = Intermédiaires :
routes-single-point = Point de défaillance unique :
routes-unreached-heading = Cœur de coalition sans chemin jusqu'ici :
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
why-no-relation = n'a encore aucune relation : tracez qui elle influence ou à qui elle a accès
why-no-channel = aucune de ses relations ne porte d'influence à partir d'elle (collaborer et s'opposer n'en portent pas)
why-and-more = { $names } et { $more } de plus
why-dead-end = son influence atteint { $who }, mais aucun d'eux ne mène à { $target }
why-through-member = n'y arrive que par { $member }, un autre membre, dont le propre chemin compte à sa place

change-nothing-recorded = Rien n'est encore enregistré. Enregistrez des valeurs datées dans l'inspecteur, ou posez un jalon, pour mesurer l'évolution.
change-since = Depuis
change-to-map-shown = jusqu'à la carte affichée
change-relations = Nouvelles relations : { $new } · Relations perdues : { $lost } · Renforcées : { $strengthened } · Affaiblies : { $weakened }
change-toward-ally = ▲ { $count ->
        [one] { $count } s'est rapprochée des alliés
       *[other] { $count } se sont rapprochées des alliés
    } : { $steps ->
        [one] { $steps } cran
       *[other] { $steps } crans
    }, { $weighted } pondérés par le pouvoir
change-away = ▼ { $count ->
        [one] { $count } s'est éloignée
       *[other] { $count } se sont éloignées
    } : { $steps ->
        [one] { $steps } cran
       *[other] { $steps } crans
    }, { $weighted } pondérés par le pouvoir
change-victories = ★ Cibles qui ont bougé (victoires d'étape)
change-moved-away = Éloignées des alliés

# les vérifications des quatre C, dans le panneau et le rapport de statistiques

words-and = et
words-or = ou
health-no-members = La coalition n'a pas encore de membres
health-salience = La saillance de l'enjeu
health-salience-hint = dites combien l'enjeu compte aujourd'hui pour le public et les décideurs
health-timing = Le calendrier
health-timing-hint = dites pourquoi c'est (ou non) le moment
health-feasibility = La faisabilité de la victoire
health-feasibility-hint = dites quelles sont les chances de l'emporter, et pourquoi
health-condition-missing = { $what } n'est pas notée dans les conditions de la carte : { $hint }
health-condition-noted = { $what } est notée
health-no-objective = La coalition n'énonce aucun objectif
health-objective = La coalition énonce son objectif
health-targets = La carte nomme des cibles à influencer
health-no-targets = La carte ne nomme aucune cible à influencer (aucune partie prenante de type cible)
health-members = { $count ->
        [one] La coalition a { $count } membre
       *[other] La coalition a { $count } membres
    }
health-commitment-low = L'engagement moyen est faible : { $average } sur 5 ; les plus faibles d'abord
health-commitment-some-low = { $count ->
        [one] L'engagement moyen est de { $average } sur 5, mais { $count } membre est en dessous de { $threshold }
       *[other] L'engagement moyen est de { $average } sur 5, mais { $count } membres sont en dessous de { $threshold }
    }
health-commitment-fine = L'engagement moyen est de { $average } sur 5 et aucun membre n'est en dessous de { $threshold }
health-all-allies = Chaque membre est allié de l'objectif
health-not-allies = { $count ->
        [one] { $count } membre n'est pas noté comme allié de l'objectif (neutre, opposé ou inconnu)
       *[other] { $count } membres ne sont pas notés comme alliés de l'objectif (neutres, opposés ou inconnus)
    }
health-every-contribution = Chaque type d'apport est fourni par un membre au moins
health-no-contribution-yet = Aucun membre n'a encore d'apport noté
health-missing-contributions = Aucun membre n'apporte { $kinds }
health-recruits = {"\u202F"}; des alliés hors de la coalition apportent ce qui manque
health-every-member-contributes = Chaque membre a un apport noté
health-members-without = { $count ->
        [one] { $count } membre n'a aucun apport noté
       *[other] { $count } membres n'ont aucun apport noté
    }
health-all-reached = Chaque cible est à la portée d'un membre
health-out-of-reach = { $count ->
        [one] { $count } cible est hors de portée de tous les membres
       *[other] { $count } cibles sont hors de portée de tous les membres
    }
health-no-core = Pas de cœur de coalition : aucun membre n'est à la fois chef de file ici et dans le cœur de coalition
health-no-core-concerned = Pas de cœur de coalition : aucun membre n'est à la fois chef de file ici et dans le cœur de coalition ; chefs de file hors du cœur, ou membres du cœur non marqués chefs de file
health-core = Cœur de coalition
health-core-committed = L'engagement de chaque membre du cœur est de { $threshold } ou plus
health-core-low = { $count ->
        [one] { $count } membre du cœur a un engagement inférieur à { $threshold }
       *[other] { $count } membres du cœur ont un engagement inférieur à { $threshold }
    }
health-core-no-expertise = Le cœur de coalition n'a aucune expertise notée
health-core-covers-only = Le cœur de coalition ne couvre que { $expertise }
health-core-covers-some = { $count ->
        [one] Le cœur de coalition couvre { $expertise } ; { $count } membre du cœur n'a aucune expertise notée
       *[other] Le cœur de coalition couvre { $expertise } ; { $count } membres du cœur n'ont aucune expertise notée
    }
health-core-covers = Le cœur de coalition couvre { $expertise }

# le rapport de statistiques (Markdown)

report-title = Analyse de { $title }
report-routes-to = Chemins vers { $name }
report-scope = { $every ->
        [yes] Les chemins partent { $count ->
            [one] du seul membre
           *[other] des { $count } membres
        } de toutes les coalitions.
       *[no] Les chemins partent { $count ->
            [one] du seul membre
           *[other] des { $count } membres
        } de la coalition « { $coalition } ».
    } Ils suivent les relations qui portent de l'influence (influence, a accès à, finance, membre de, rend compte à, allié de ; jamais s'oppose à). Un pas coûte 1 le long d'une relation forte, 2 le long d'une relation moyenne et 3 le long d'une relation faible, le double si elle est incertaine : plus le coût d'un chemin est bas, mieux c'est.
report-targets-heading = Qui peut atteindre chaque cible
report-no-targets = La carte n'a pas de cible (parties prenantes de type cible).
report-target-is-member = Elle est elle-même membre de la coalition.
report-no-members = Aucune coalition n'a encore de membres : personne ne l'atteint.
report-unreached = Aucun membre ne peut l'atteindre.
report-reached-by = Atteinte par { $reaching } { $members ->
        [one] membre sur { $members }
       *[other] membres sur { $members }
    }{ $best ->
        [0] {""}
       *[other] , les { $best } meilleurs chemins
    } :
report-no-brokers = Intermédiaires : aucun ; chaque chemin est direct.
report-brokers-on-all = Intermédiaires sur les chemins des { $count } membres : { $names }.
report-brokers = Intermédiaires : { $names }.
report-only-through = **Seulement par { $names }** : { $count ->
        [one] sans cet intermédiaire
       *[other] sans l'un d'eux
    }, aucun membre n'atteint { $target }.
report-cost = coût { $cost }
report-weak = faible
report-uncertain = incertaine
report-brokers-heading = Intermédiaires
report-nobody-between = Personne ne se trouve entre les membres et les cibles.
report-brokers-intro = Parties prenantes qui se trouvent entre les membres et les cibles, d'abord celles qui sont sur les meilleurs chemins du plus grand nombre de membres.
report-column-broker = Intermédiaire
report-column-routes = Chemins
report-column-targets = Cibles
report-central-heading = Acteurs centraux
report-no-influence = Aucune relation ne porte encore d'influence.
report-central-intro = Mesuré sur les relations qui portent de l'influence, les plus intermédiaires d'abord. *Entrantes* et *sortantes* : combien de parties prenantes lui apportent ou reçoivent d'elle de l'influence ; *intermédiarité* : part des plus courtes chaînes qui passent par elle ; *proximité* : la facilité avec laquelle elle atteint les autres ; *liens* : liens avec des parties prenantes bien liées (vecteur propre).
report-central-estimated = La carte est grande : *intermédiarité* et *proximité* sont estimées à partir de recherches depuis { $count } parties prenantes réparties sur la carte.
report-column-stakeholder = Partie prenante
report-column-in = Entrantes
report-column-out = Sortantes
report-column-between = Intermédiarité
report-column-close = Proximité
report-column-tied = Liens
report-gaps-heading = Lacunes
report-gap-unreachable = **Cibles qu'aucun membre ne peut atteindre** : { $names }.
report-gap-only-through = **{ $target } n'est atteignable que par { $names }.**
report-opponent = { $name } (pouvoir { $power }, intérêt { $interest })
report-gap-opponents = **Opposants actifs puissants** (pouvoir et intérêt de { $score } ou plus) : { $names }.
report-lacks-contributions = aucun membre n'apporte { $kinds }
report-lacks-commitment = engagement moyen faible ({ $average } sur 5)
report-lacks-members = pas encore de membres
report-lacks-core = pas de cœur de coalition
report-health-heading = Santé des coalitions : les quatre C
report-no-coalitions = La carte n'a pas de coalition.
report-health-intro = Une liste de vérification par coalition : conditions, engagement, contributions et compétences. Une case non cochée demande de l'attention.
report-more-rows = { $what ->
        [brokers] { $count ->
            [one] et { $count } autre intermédiaire.
           *[other] et { $count } autres intermédiaires.
        }
       *[connected] { $count ->
            [one] et { $count } autre partie prenante reliée.
           *[other] et { $count } autres parties prenantes reliées.
        }
    }

# les comptes en tête du rapport de statistiques

counts-totals = { $stakeholders ->
        [one] { $stakeholders } partie prenante
       *[other] { $stakeholders } parties prenantes
    }, { $relations ->
        [one] { $relations } relation
       *[other] { $relations } relations
    }, { $coalitions ->
        [one] { $coalitions } coalition
       *[other] { $coalitions } coalitions
    }
counts-by-kind = Par type
counts-by-stance = Par position
counts-by-role = Par rôle
counts-relations-by-kind = Relations par type

# l'écriture des nombres : groupes de chiffres, séparateur décimal, tailles
words-thousands-separator =  
words-decimal-separator = ,
words-size-bytes = { $count } octets
words-size-kb = { $count } ko
words-size-mb = { $count } Mo
