-- No query reads the results model's enrolments by activity (reports read the whole table), and keeping the index
-- current cost the import of a million enrolments several seconds.
DROP INDEX results_enrolment_activity;
