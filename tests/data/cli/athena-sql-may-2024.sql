-- Greenprint: CUR usage summed per day, account, region, product, usage type,
-- operation, instance type, greenprint:component tag and unit. Run in Athena,
-- download the result as CSV and import it with `greenprint actual --cur`.
SELECT
  substr(CAST(line_item_usage_start_date AS VARCHAR), 1, 10) AS line_item_usage_start_date,
  line_item_usage_account_id,
  'Usage' AS line_item_line_item_type,
  line_item_product_code,
  line_item_usage_type,
  COALESCE(line_item_operation, '') AS line_item_operation,
  COALESCE(product_instance_type, '') AS product_instance_type,
  COALESCE(product_region, '') AS product_region_code,
  COALESCE(pricing_unit, '') AS pricing_unit,
  COALESCE(resource_tags_user_greenprint_component, '') AS resource_tags_user_greenprint_component,
  SUM(line_item_usage_amount) AS line_item_usage_amount,
  SUM(line_item_unblended_cost) AS line_item_unblended_cost,
  COUNT(*) AS line_items
FROM cur_db.cur
WHERE line_item_line_item_type IN ('Usage', 'DiscountedUsage', 'SavingsPlanCoveredUsage')
  AND substr(CAST(line_item_usage_start_date AS VARCHAR), 1, 10) >= '2024-05-01'
  AND substr(CAST(line_item_usage_start_date AS VARCHAR), 1, 10) <= '2024-05-31'
  AND ((year = '2024' AND month = '5'))
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
ORDER BY 1, 2, 8, 4, 5, 6, 7, 10, 9
