-- settle 0027: a program whose rules read only an order's whole amount (the cycle and equity
-- programs: revenue and purchases are the whole amount, cash and points) no longer reads its cash
-- and points parts (issue 27): two numeric columns fewer for the server to send each night, which
-- then reads exactly the floor's columns. Its days' paid digests are therefore of each order as
-- all cash (cash = amount, points = 0). The days settled before are moved to that reading by this
-- migration's step, in this transaction (`Migrator.wholeAmountDigests`): each by what its orders
-- with a points part give in each reading, so that a day whose orders did not change since it was
-- settled matches, and a day whose orders did (late input) still does not.
COMMENT ON COLUMN settle.days.paid_digest IS
    'digest of the orders paid that day as the program reads them: a program that reads no order parts digests each as all cash (migration 0027)';
