-- Migration 16: the spending totals of a whole portfolio (the indicator
-- facts: spending over the last twelve months, and over the twelve months
-- before each product's last committee) read from the indexes alone. With
-- forecast and amount in them, no row of the 5.5 million of 100,000
-- products is looked up in the table (issue 19).
DROP INDEX spending_month;
CREATE INDEX spending_month ON spending(month, product_id, forecast, amount);
DROP INDEX spending_product;
CREATE INDEX spending_product ON spending(product_id, month, forecast, amount);
