# scenes and presenting

scene-untitled = Untitled scene
scenes-present-first = Present from the first scene
scenes-present-first-hover = F5; Esc leaves
scenes-none-yet = No scenes yet. Set up a view (camera, filter, focus, what is selected), then add it as a scene. Presenting without scenes shows the current view.
scenes-choose-one = Choose a scene to edit it.
scenes-row-hover = Show this scene; drag it onto another to move it there
scenes-title = Title
scenes-title-field = Scene title
scenes-caption = Caption
scenes-view = View
scenes-update = Update from current view
scenes-update-hover = Keep the editor's view, camera, filter, focus and selection in this scene
scenes-present-here = Present from here
scenes-move-up = Move up
scenes-move-down = Move down
scenes-duplicate = Duplicate
scenes-copy-title = { $title } (copy)
scenes-delete = Delete scene
scenes-camera-zoom = Camera: zoom { $percent } %
scenes-camera-whole-map = Camera: the whole map
scenes-filtered = { $rest ->
        [hidden] Filtered (the rest hidden)
       *[faint] Filtered (the rest faint)
    }
scenes-focus = { $hops ->
        [one] Focus: { $name } within 1 hop
       *[other] Focus: { $name } within { $hops } hops
    }
scenes-picked-out = Picked out: { $named ->
        [0] { $relations ->
            [one] 1 relation
           *[other] { $relations } relations
        }
       *[other] { $names }{ $relations ->
            [0] {""}
            [one] ; 1 relation
           *[other] ; { $relations } relations
        }
    }
scenes-coalition-ringed = Coalition ringed: { $name }

present-go-to = Go to { $number }…
present-live-focus = Who is connected to { $name } — click empty space to go back to the scene
