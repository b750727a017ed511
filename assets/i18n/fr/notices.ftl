# notices : ce que dit la barre d'état après une commande

files-no-file-dialog = Aucune boîte de dialogue de fichiers n'a pu s'afficher (ce bureau n'a ni portail de sélection de fichiers ni zenity) : tapez le chemin à la place
files-saved = { $path } enregistré
files-saved-too-big = { $path } enregistré, mais Powermap ne pourra pas le rouvrir tel quel : { $problem }. Raccourcissez ou scindez la carte, puis enregistrez de nouveau.
files-opened = { $path } ouvert
files-opened-unsaved = « { $name } » ouverte : enregistrez-la pour la garder
files-could-not-open = Impossible d'ouvrir { $path } : { $error }
files-open-stopped = Impossible d'ouvrir { $path } : la lecture s'est arrêtée de façon inattendue
files-to-merge = fusionner une autre version
files-merge-failed = La fusion n'a pas pu être faite : { $error }
files-saved-share-copy = Copie à partager enregistrée dans { $path }
files-exported-graphml = Exporté pour yEd et Gephi dans { $path }
files-exported-spreadsheet = Parties prenantes exportées dans { $path } et relations dans { $relations }
files-exported-picture = Image de la vue « { $view } » exportée dans { $path }
files-exported-plan = { $jobs ->
        [one] { $jobs } tâche exportée
       *[other] { $jobs } tâches exportées
    } dans { $path } et { $asks ->
        [one] { $asks } démarche
       *[other] { $asks } démarches
    } dans { $asks-path }
files-exported-due-dates = { $count ->
        [one] { $count } échéance des tâches et démarches en cours exportée
       *[other] { $count } échéances des tâches et démarches en cours exportées
    } dans { $path }
files-exported-scenes = { $count ->
        [one] { $count } scène exportée en image dans { $path }
       *[other] { $count } scènes exportées en images dans { $path }
    }
start-no-folder = le dossier { $path } n'existe pas

editing-to-change-the-map = modifier la carte
editing-to-undo = annuler
editing-to-redo = rétablir
editing-change-failed = Cette modification n'a pas pu être faite : { $error }
editing-looking-back = Vous regardez la carte au { $day } : revenez à aujourd'hui pour { $what }
editing-checkpoint-marked = Jalon « { $name } » posé le { $day }
editing-checkpoint-failed = Aucun jalon posé : { $error }
editing-undid = Annulé : { $step }
editing-redid = Rétabli : { $step }
editing-nothing-to-undo = Rien à annuler
editing-nothing-to-redo = Rien à rétablir
editing-could-not-undo = Impossible d'annuler : { $error }
editing-could-not-redo = Impossible de rétablir : { $error }
editing-still-arranging = Disposition de la carte en cours
editing-nothing-to-arrange = Rien à disposer
editing-arranging = Disposition de la carte…
editing-arrange-failed = La disposition s'est arrêtée de façon inattendue ; la carte n'a pas changé
editing-arrange-outdated = La carte a changé pendant la disposition : relancez-la
editing-arranged = Carte disposée

run-recover-unsaved-first = Enregistrez ou annulez vos modifications avant de récupérer une autre carte
run-recovered = « { $title } » récupérée : enregistrez-la pour la garder
run-opening-cancelled = Ouverture annulée
run-no-picture-of-table = Les images sont celles du réseau, de la grille et du spectre : affichez l'une de ces vues (Ctrl+1, Ctrl+2, Ctrl+3), puis exportez
run-rename-select-one = Sélectionnez une seule partie prenante pour la renommer
run-connect-drag = Glissez d'une partie prenante à une autre pour les relier
run-no-scenes-to-export = Cette carte n'a pas encore de scène : affichez ce que la scène doit montrer, puis Présenter → Ajouter une scène depuis la vue actuelle (Ctrl+M)
run-focus-several-selected = Plusieurs sont sélectionnées : n'en sélectionnez qu'une pour centrer la vue sur son voisinage
run-focus-select-one = Sélectionnez une partie prenante pour centrer la vue sur son voisinage
run-example-unsaved-first = Enregistrez ou annulez vos modifications avant d'ouvrir un exemple
run-example-unreadable = L'exemple n'a pas pu être lu : { $error }

clipboard-select-first = Sélectionnez des parties prenantes pour les copier
clipboard-copied = { $count ->
        [one] { $count } partie prenante copiée
       *[other] { $count } parties prenantes copiées
    }
clipboard-nothing-copied = Copiez d'abord des parties prenantes, ou appuyez sur Ctrl+V pour coller depuis une autre fenêtre
clipboard-pasted = { $count ->
        [one] { $count } partie prenante collée
       *[other] { $count } parties prenantes collées
    }
clipboard-nothing-pasted = Rien n'a été collé : { $error }

find-label = Rechercher
find-hint = Un nom ou une étiquette, puis Entrée
find-matches = { $count ->
        [0] Aucun résultat
        [one] { $count } résultat
       *[other] { $count } résultats
    }
find-close = Fermer

presenting-new-scene = Scène { $number }
presenting-scene-added = « { $title } » ajoutée ; donnez-lui un titre et une légende dans Scènes
