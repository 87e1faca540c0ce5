from dealerdesk.cli import main

raise SystemExit(main())
