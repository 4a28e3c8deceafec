/**
 * Scoring past one machine: the Spark job that rescores a whole organisation from a data lake.
 * Spark is a {@code provided} dependency: the cluster supplies it, the examples jar does not
 * ship it. Nothing here returns null except the nullable columns of a Spark row, which say so.
 */
package io.ssi.examples.spark;
