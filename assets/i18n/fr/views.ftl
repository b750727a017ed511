# vues : réseau, grille, spectre, panneau latéral, historique, écritures, images

views-routes-picked-out = Chemins vers { $name } mis en évidence dans Analyse : le reste est estompé.
views-show-everything = Tout afficher
views-show-everything-hover = Ne plus mettre les chemins en évidence
views-tab-stakeholders = Parties prenantes
views-tab-coalitions = Coalitions
views-tab-analysis = Analyse
views-tab-scenes = Scènes

board-label = { $count ->
        [one] { $board } de { $count } partie prenante
       *[other] { $board } de { $count } parties prenantes
    }
grid-board = Grille pouvoir/intérêt
grid-manage-closely = Gérer de près
grid-keep-satisfied = Garder satisfaits
grid-keep-informed = Tenir informés
grid-monitor = Surveiller
grid-interest-axis = Intérêt : à quel point l'enjeu les touche
grid-power-axis = Pouvoir : influence sur l'enjeu
spectrum-board = Spectre des alliés
spectrum-unknown = Position inconnue ({ $count })
spectrum-power-hint = Plus de pouvoir, plus près du bord

canvas-empty-hint = Double-cliquez ici ou appuyez sur N pour ajouter une partie prenante
canvas-label = Carte du réseau : { $stakeholders ->
        [one] { $stakeholders } partie prenante
       *[other] { $stakeholders } parties prenantes
    }, { $relations ->
        [one] { $relations } relation
       *[other] { $relations } relations
    }
canvas-connect-to = Relier à…
canvas-connect-to-hover = Puis glissez jusqu'à l'autre partie prenante
canvas-reverse = Inverser le sens
canvas-make-one-way = Rendre à sens unique
canvas-make-mutual = Rendre réciproque
canvas-mark-confirmed = Marquer comme confirmée
canvas-mark-uncertain = Marquer comme incertaine
canvas-add-here = Ajouter une partie prenante ici
canvas-connect-tool = Relier : glissez d'une partie prenante à une autre (Échap pour arrêter)
canvas-name-hint = Nom
canvas-name-hover = Entrée pour terminer, Échap pour annuler
canvas-name-kind = { $kind } (Tab change le type)
canvas-connect-from = De { $name }
canvas-connect-to-name = à { $name }
canvas-which-relation = Quelle relation ? Tapez son numéro.
canvas-other-kind = Autre type…
canvas-add-kind = Ajouter

access-unnamed = Sans nom
access-stakeholder = { $name } : { $kind }, position { $stance }, { $role }
access-relation = { $from } { $kind } { $to }{ $mutual ->
        [yes] , dans les deux sens
       *[no] {""}
    }{ $uncertain ->
        [yes] , incertaine
       *[no] {""}
    }

record-heading = Historique
record-heading-hover = Ce que c'était les jours précédents, et d'où on le sait. La barre du temps montre la carte à n'importe quelle date.
record-nothing-yet = Rien d'enregistré pour l'instant.
record-change = ✏ Modifier
record-change-hover = Modifier la valeur, la date ou la source de cet enregistrement
record-delete-hover = Supprimer l'enregistrement « { $field } » du { $day }
record-confidential = confidentielle
record-as-observation = Enregistrer une observation…
record-as-observation-hover = Enregistrer une valeur avec une date et une source : l'actuelle, ou ce qu'elle était un jour précédent
record-field = Champ
record-value = Valeur
record-date = Date
record-date-hint = AAAA-MM-JJ
record-date-hover = Le jour où la valeur était vraie, année-mois-jour
record-source = Source
record-source-hint = Réunion avec le chef adjoint, 12 mars
record-confidential-source = Source confidentielle
record-confidential-source-hover = La source est retirée des copies faites pour le partage
record-save = Enregistrer
record-record = Enregistrer
record-too-far = { $day } est à plus d'un an d'aujourd'hui ; un enregistrement porte sur un jour déjà passé
record-in-place = En place
record-value-in-place = en place
record-value-ended = terminée

script-arabic = l'arabe
script-hebrew = l'hébreu
script-cjk = le chinois, le japonais ou le coréen
script-devanagari = la devanagari
script-bengali = le bengali
script-thai = le thaï
script-armenian = l'arménien
script-georgian = le géorgien
script-ethiopic = l'éthiopien
script-tamil = le tamoul
script-either = { $some } ou { $last }
script-no-font = Aucune police de cet ordinateur ne dessine les lettres pour { $scripts } : elles s'affichent en carrés vides. Installez une police pour elles (sous Debian ou Ubuntu : fonts-noto-core et fonts-noto-cjk) et rouvrez la carte.

picture-no-scene = { $count ->
        [0] la carte n'a pas de scène ; ajoutez-en dans l'onglet Scènes (Ctrl+M)
        [one] il n'y a pas de scène { $number } : la carte a une seule scène, la scène 1
       *[other] il n'y a pas de scène { $number } : les scènes de la carte vont de 1 à { $count }
    }
picture-no-room = pas de place pour { $width }×{ $height } pixels
