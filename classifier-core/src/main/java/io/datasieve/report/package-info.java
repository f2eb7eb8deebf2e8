/** Report writers: JSON (the stable contract), text for people, SARIF 2.1.0 for code scanning. */
package io.datasieve.report;
