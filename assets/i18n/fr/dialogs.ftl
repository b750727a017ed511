# dialogs

untitled-map = Carte sans titre
count-stakeholders = { $count ->
        [one] { $count } partie prenante
       *[other] { $count } parties prenantes
    }
count-relations = { $count ->
        [one] { $count } relation
       *[other] { $count } relations
    }

dialog-save = Enregistrer
dialog-dont-save = Ne pas enregistrer
dialog-cancel = Annuler
dialog-close = Fermer
dialog-ok = OK
dialog-open = Ouvrir
dialog-save-as = Enregistrer sous…
dialog-overwrite = Écraser
dialog-choose-folder = Choisir ce dossier

dialog-shortcuts-title = Raccourcis clavier

dialog-unsaved-title = Modifications non enregistrées
dialog-unsaved-question = { $then ->
        [new-map] Enregistrer les modifications de « { $name } » avant de commencer une nouvelle carte ?
        [open] Enregistrer les modifications de « { $name } » avant d'ouvrir une autre carte ?
       *[quit] Enregistrer les modifications de « { $name } » avant de fermer ?
    }

dialog-changed-on-disk-title = Le fichier a changé sur le disque
dialog-changed-on-disk-text = « { $name } » a été modifié par un autre programme ou une autre fenêtre depuis que vous l'avez ouvert. Enregistrer maintenant remplace ces modifications.

dialog-error-title = Un problème est survenu
dialog-error-map-unchanged = La carte à l'écran est restée telle quelle.

dialog-recover-title = Récupérer le travail non enregistré ?
dialog-recover-text = Powermap s'est fermé sans enregistrer ces cartes. « Récupérer » en ouvre une comme carte non enregistrée ; « Supprimer » l'efface définitivement.
dialog-recover-saved = { $changes ->
        [one] Gardée pour récupération { $ago }, { $changes } modification non enregistrée
       *[other] Gardée pour récupération { $ago }, { $changes } modifications non enregistrées
    }
dialog-recover-opened-from = Ouverte depuis { $path }
dialog-recover = Récupérer
dialog-discard = Supprimer
dialog-decide-later = Décider plus tard
dialog-decide-later-hover = Les garder ; elles seront proposées de nouveau la prochaine fois
dialog-just-now = à l'instant
dialog-minutes-ago = { $count ->
        [one] il y a { $count } minute
       *[other] il y a { $count } minutes
    }
dialog-hours-ago = { $count ->
        [one] il y a { $count } heure
       *[other] il y a { $count } heures
    }
dialog-days-ago = { $count ->
        [one] il y a { $count } jour
       *[other] il y a { $count } jours
    }

dialog-loading-title = Ouverture d'une carte
dialog-loading-reading = Lecture de { $name } ({ $megabytes } Mo)…
dialog-loading-map-unchanged = La carte à l'écran reste telle quelle jusqu'à ce que celle-ci soit lue.

dialog-path-open = Tapez le chemin du fichier à ouvrir.
dialog-path-save = Tapez le chemin du fichier à écrire.
dialog-path-folder = Tapez le chemin du dossier.
dialog-path-example = /home/moi/cartes/coalition.ron
dialog-path-no-file-dialog = Aucune boîte de dialogue de fichiers n'a pu s'afficher sur ce bureau. Installer zenity ou un portail de bureau XDG la rétablit.
dialog-path-empty = Tapez d'abord un chemin
dialog-path-no-file = Il n'y a pas de fichier à { $path }
dialog-path-no-folder = Il n'y a pas de dossier à { $path }
dialog-path-no-parent-folder = Le dossier { $path } n'existe pas
dialog-path-is-folder = { $path } est un dossier : ajoutez un nom de fichier

files-powermap-map = Carte Powermap
files-png-picture = Image PNG
files-svg-picture = Image SVG
files-open-title = Ouvrir une carte
files-save-title = Enregistrer la carte
files-import-spreadsheet-title = Importer des parties prenantes depuis un tableur
files-import-graphml-title = Importer un fichier GraphML (yEd, Gephi)
files-merge-base-title = Fusion : choisissez la version dont les deux sont parties (l'ancêtre commun)
files-merge-other-title = Fusion : choisissez l'autre version
files-compare-title = Comparer avec une autre version de cette carte
files-export-graphml-title = Exporter pour yEd ou Gephi
files-export-picture-title = Exporter une image de la vue
files-export-spreadsheet-title = Exporter les parties prenantes vers un tableur
files-export-plan-title = Exporter les tâches et les démarches vers un tableur
files-export-due-dates-title = Exporter les échéances vers un agenda
files-icalendar = Fichier iCalendar
files-plan-file-name = { $title } - tâches.csv
files-due-dates-file-name = { $title } - échéances.ics
files-share-title = Enregistrer une copie à partager
files-share-file-name = { $title } (à partager).ron
files-export-scenes-title = Exporter chaque scène en image dans un dossier
files-scene = Scène

document-no-file-yet = la carte n'a pas encore de fichier ; utilisez Enregistrer sous…

autosave-could-not-write = L'enregistrement automatique n'a pas pu écrire la carte : { $error }
autosave-failed = L'enregistrement automatique a échoué : { $error }

share-title = Enregistrer une copie à partager
share-intro = La copie est destinée à des personnes extérieures à la coalition. Votre carte reste telle quelle.
share-hide-individuals = Remplacer le nom des personnes par leur rôle
share-save = Enregistrer la copie…
share-leaves-out = La copie omet :
share-no-confidential-notes = Aucune partie prenante n'a de notes confidentielles.
share-confidential-notes-of = { $count ->
        [one] Les notes confidentielles de { $count } partie prenante : { $names }
       *[other] Les notes confidentielles de { $count } parties prenantes : { $names }
    }
share-renamed = « { $name } » devient « { $replacement } »
share-rest-kept = Tout le reste est conservé, notes publiques comprises : relisez-les avant d'envoyer la copie.

compare-same = Cette carte est identique à { $other }
compare-title = Comparée avec { $other }
compare-no-difference = Aucune différence : parties prenantes, relations, coalitions, scènes et paramètres sont tous identiques.
compare-from-to = De { $other } (avant) à cette carte (après) ; + ajouté, − supprimé, ~ modifié :
compare-copy = Copier

merge-step = fusion avec { $other }
merge-title = Fusionnée avec { $other }
merge-summary-conflicts = { $count ->
        [one] Fusionnée avec { $other } : { $count } conflit, étiqueté { $tag }
       *[other] Fusionnée avec { $other } : { $count } conflits, étiquetés { $tag }
    }
merge-settings-changed = les paramètres de la carte ont changé
merge-renumbered = { $noun ->
        [stakeholder] la nouvelle partie prenante « { $name } » de l'autre version devient { $to } ({ $from } était déjà pris ici)
        [relation] la nouvelle relation « { $name } » de l'autre version devient { $to } ({ $from } était déjà pris ici)
        [coalition] la nouvelle coalition « { $name } » de l'autre version devient { $to } ({ $from } était déjà pris ici)
        [scene] la nouvelle scène « { $name } » de l'autre version devient { $to } ({ $from } était déjà pris ici)
       *[other] le nouvel élément « { $name } » de l'autre version devient { $to } ({ $from } était déjà pris ici)
    }
merge-undo-hint = Annuler (Ctrl+Z) défait toute la fusion.
merge-nothing-new = L'autre version n'apporte aucun changement qui manque à cette carte.
merge-from-other = Venu de l'autre version :
merge-no-conflicts = Aucun conflit.
merge-conflicts-kept = { $count ->
        [one] { $count } conflit : les valeurs de cette carte sont gardées. Les parties prenantes concernées sont étiquetées { $tag } (Rechercher, Ctrl+F, ou le filtre par étiquette les montre), et les notes de la carte listent chaque conflit.
       *[other] { $count } conflits : les valeurs de cette carte sont gardées. Les parties prenantes concernées sont étiquetées { $tag } (Rechercher, Ctrl+F, ou le filtre par étiquette les montre), et les notes de la carte listent chaque conflit.
    }
merge-and-more = { $names } et { $more } de plus
merge-part-first = { $noun ->
        [relation] { $count ->
            [one] { $count } relation
           *[other] { $count } relations
        }
        [coalition] { $count ->
            [one] { $count } coalition
           *[other] { $count } coalitions
        }
        [scene] { $count ->
            [one] { $count } scène
           *[other] { $count } scènes
        }
       *[stakeholder] { $count ->
            [one] { $count } partie prenante
           *[other] { $count } parties prenantes
        }
    } { $what ->
        [added] { $count ->
            [one] ajoutée
           *[other] ajoutées
        }
        [changed] { $count ->
            [one] modifiée
           *[other] modifiées
        }
       *[removed] { $count ->
            [one] supprimée
           *[other] supprimées
        }
    } ({ $names })
merge-part-next = { $count } { $what ->
        [added] { $count ->
            [one] ajoutée
           *[other] ajoutées
        }
        [changed] { $count ->
            [one] modifiée
           *[other] modifiées
        }
       *[removed] { $count ->
            [one] supprimée
           *[other] supprimées
        }
    } ({ $names })

import-from = Importer depuis { $source }
import-and-more = et { $more } de plus

graphml-makes-map = Crée une nouvelle carte de { $stakeholders } et { $relations }.
graphml-open = Ouvrir comme nouvelle carte
graphml-open-rest = Ouvrir le reste comme nouvelle carte
graphml-left-out = { $count ->
        [one] { $count } élément n'a pas pu être lu et sera omis :
       *[other] { $count } éléments n'ont pas pu être lus et seront omis :
    }
graphml-read-differently = Lu autrement que dans le fichier :
graphml-all-read = Tout le contenu du fichier peut être lu.
graphml-map-unchanged = La carte à l'écran reste telle quelle jusqu'à ce que vous ouvriez la nouvelle.

spreadsheet-summary = Importé depuis { $source } : { $added ->
        [one] { $added } partie prenante ajoutée
       *[other] { $added } parties prenantes ajoutées
    }, { $changed ->
        [one] { $changed } modifiée
       *[other] { $changed } modifiées
    }, { $relations ->
        [one] { $relations } relation ajoutée
       *[other] { $relations } relations ajoutées
    }
spreadsheet-import = Importer
spreadsheet-import-readable = Importer les lignes lisibles
spreadsheet-nothing = Rien à importer : la carte contient déjà chaque ligne lisible.
spreadsheet-will-add = { $count ->
        [one] Ajoutera { $count } partie prenante :
       *[other] Ajoutera { $count } parties prenantes :
    }
spreadsheet-will-change = { $count ->
        [one] Modifiera { $count } partie prenante :
       *[other] Modifiera { $count } parties prenantes :
    }
spreadsheet-will-add-relations = { $count ->
        [one] Ajoutera { $count } relation.
       *[other] Ajoutera { $count } relations.
    }
spreadsheet-unchanged = { $count ->
        [one] { $count } ligne déjà sur la carte telle que dans le fichier.
       *[other] { $count } lignes déjà sur la carte telles que dans le fichier.
    }
spreadsheet-rejected = { $count ->
        [one] { $count } ligne n'a pas pu être lue et sera omise :
       *[other] { $count } lignes n'ont pas pu être lues et seront omises :
    }
spreadsheet-unknown-columns = Colonnes omises (Powermap n'a pas ce champ) : { $columns }
spreadsheet-undo-hint = L'import est une seule étape : Annuler le défait entièrement.
spreadsheet-and-more = { $names } et { $more } de plus

settings-window-title = Paramètres de la carte
settings-conditions = Conditions
settings-title = Titre
settings-title-hint = Le nom de la carte
settings-goal = Objectif
settings-goal-hint = Ce que la coalition veut changer, et pour quand
settings-theory-of-change = Théorie du changement
settings-theory-of-change-hint = La chaîne causale sur laquelle la coalition parie : données probantes + attention des médias = à l'ordre du jour
settings-salience = Saillance de l'enjeu
settings-salience-hint = Combien l'enjeu compte aujourd'hui pour le public et les décideurs
settings-timing = Calendrier
settings-timing-hint = Fenêtres d'opportunité et échéances
settings-feasibility = Faisabilité
settings-feasibility-hint = Les chances de l'emporter, et pourquoi
settings-notes = Notes
settings-undo-hint = Chaque champ est une étape d'annulation, retenue quand vous le quittez.

# les différences entre deux versions (comparer, diff)

diff-map-settings = Paramètres de la carte
diff-stakeholders = Parties prenantes
diff-relations = Relations
diff-coalitions = Coalitions
diff-scenes = Scènes
diff-plan = Plan d’action
diff-added = ajouté
diff-removed = supprimé
diff-changed = modifié
